package dev.kronika.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a service's application.properties expects of its environment: port, health paths, variables. */
record ServiceConfig(String service, Properties properties) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::([^}]*))?}");

    static ServiceConfig read(Path projectDir, String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(projectDir.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceConfig(service, properties);
    }

    /** Environment variables read through ${NAME:default} in the production profile, with their defaults. */
    Map<String, String> variables() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue;
            }
            Matcher m = VARIABLE.matcher(properties.getProperty(key));
            while (m.find()) {
                variables.put(m.group(1), m.group(2));
            }
        }
        return variables;
    }

    /** The names of the properties as environment variables (Quarkus maps KRONIKA_INGEST_WORKERS to kronika.ingest.workers). */
    Set<String> propertyEnvNames() {
        return properties.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("%"))
                .map(k -> k.replaceAll("[^A-Za-z0-9]", "_").toUpperCase())
                .collect(Collectors.toSet());
    }

    boolean reads(String envName) {
        return variables().containsKey(envName) || propertyEnvNames().contains(envName);
    }

    /** The HTTP (and gRPC) port given the environment the container gets. */
    int port(Map<String, String> environment) {
        return Integer.parseInt(resolve(properties.getProperty("quarkus.http.port", "8080"), environment));
    }

    boolean usesDatabase() {
        return properties.containsKey("quarkus.datasource.db-kind");
    }

    boolean migratesWithFlyway() {
        return properties.containsKey("quarkus.flyway.schemas");
    }

    /** SmallRye Health's path for a probe: started, live or ready. */
    String healthPath(String probe) {
        String root = properties.getProperty("quarkus.http.non-application-root-path", "q");
        String health = properties.getProperty("quarkus.smallrye-health.root-path", "health");
        return "/" + strip(root) + "/" + strip(health) + "/" + probe;
    }

    String metricsPath() {
        String root = properties.getProperty("quarkus.http.non-application-root-path", "q");
        return "/" + strip(root) + "/metrics";
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private static String resolve(String value, Map<String, String> environment) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = environment.getOrDefault(m.group(1), m.group(2));
            if (replacement == null) {
                throw new IllegalStateException("no value and no default for ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
