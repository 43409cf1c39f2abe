package dev.kronika.cli.e2e;

import dev.kronika.common.pg.EmbeddedDatabase;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The three services started from their packaged applications as separate processes, on free
 * ports, over one embedded PostgreSQL: the system as a user runs it, for end-to-end tests.
 */
public final class KronikaCluster implements AutoCloseable {

    public enum Service {
        EXTRACT("extract-service", "1g"), QUERY("query-service", "512m"), INGEST("ingest-service", "512m");

        final String module;
        final String heap;

        Service(String module, String heap) {
            this.module = module;
            this.heap = heap;
        }
    }

    private final Path root;
    private final Path logs;
    private final EmbeddedDatabase database;
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, Process> processes = new EnumMap<>(Service.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private KronikaCluster(Path root, Path logs, EmbeddedDatabase database) {
        this.root = root;
        this.logs = logs;
        this.database = database;
    }

    /** Starts the database and all three services and waits until each is ready. */
    public static KronikaCluster start(Map<String, String> extraEnvironment) throws Exception {
        Path root = Path.of(System.getProperty("kronika.root.dir", "..")).toAbsolutePath().normalize();
        for (Service service : Service.values()) {
            Path jar = root.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build the services first (./mvnw install)");
            }
        }
        Path logs = root.resolve("cli/target/e2e-logs");
        Files.createDirectories(logs);
        EmbeddedDatabase database = EmbeddedDatabase.start(Files.createTempDirectory("kronika-e2e-pg"), 0, true);
        KronikaCluster cluster = new KronikaCluster(root, logs, database);
        for (Service service : Service.values()) {
            cluster.ports.put(service, freePort());
        }
        try {
            for (Service service : Service.values()) {
                cluster.launch(service, extraEnvironment);
            }
            for (Service service : Service.values()) {
                cluster.awaitReady(service, Duration.ofMinutes(4));
            }
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    public String url(Service service) {
        return "http://localhost:" + ports.get(service);
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    /** Kills the service's process at once, as a crash would (SIGKILL). */
    public void kill(Service service) throws InterruptedException {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    public void restart(Service service, Map<String, String> extraEnvironment) throws Exception {
        kill(service);
        launch(service, extraEnvironment);
        awaitReady(service, Duration.ofMinutes(4));
    }

    private void launch(Service service, Map<String, String> extraEnvironment) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx" + service.heap, "-jar",
                root.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar").toString());
        builder.environment().put("KRONIKA_EXTRACT_PORT", String.valueOf(ports.get(Service.EXTRACT)));
        builder.environment().put("KRONIKA_QUERY_PORT", String.valueOf(ports.get(Service.QUERY)));
        builder.environment().put("KRONIKA_INGEST_PORT", String.valueOf(ports.get(Service.INGEST)));
        builder.environment().put("KRONIKA_DB_URL", database.jdbcUrl());
        builder.environment().putAll(extraEnvironment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service.module + ".log").toFile()));
        processes.put(service, builder.start());
    }

    private void awaitReady(Service service, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Process process = processes.get(service);
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(service.module + " exited; see " + logs.resolve(service.module + ".log"));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(service.module + " not ready after " + timeout + "; see " + logs.resolve(service.module + ".log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        for (Process process : processes.values()) {
            process.destroy();
        }
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        database.close();
    }
}
