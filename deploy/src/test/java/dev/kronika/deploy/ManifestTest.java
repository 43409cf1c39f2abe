package dev.kronika.deploy;

import dev.kronika.deploy.Kustomize.Yaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Renders deploy/overlays/* and checks the manifests against the services they deploy: ports, probe
 * paths and environment variables against each service's application.properties, and the references
 * between objects (selectors, HPA target, ConfigMaps and Secrets, images).
 */
class ManifestTest {

    private static final List<String> SERVICES = List.of("ingest-service", "extract-service", "query-service");
    private static final Path PROJECT = Path.of(System.getProperty("kronika.project.dir", "..")).toAbsolutePath().normalize();
    private static final Path DEPLOY = PROJECT.resolve("deploy");

    private static Manifests render(String overlay) {
        return new Manifests(overlay, Kustomize.build(DEPLOY.resolve("overlays").resolve(overlay)));
    }

    private static ServiceConfig config(String service) {
        return ServiceConfig.read(PROJECT, service);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectIsIdentifiedAndUnique(String overlay) {
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> object : render(overlay).objects()) {
            assertNotNull(object.get("apiVersion"), () -> "apiVersion missing in " + object);
            assertNotNull(object.get("kind"), () -> "kind missing in " + object);
            assertNotNull(Manifests.name(object), () -> "metadata.name missing in " + object);
            String id = object.get("kind") + "/" + Manifests.name(object);
            assertTrue(seen.add(id), () -> overlay + ": duplicate " + id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void portsAndProbesMatchTheServicesConfiguration(String overlay) {
        Manifests manifests = render(overlay);
        for (String service : SERVICES) {
            ServiceConfig config = config(service);
            Map<String, Object> deployment = manifests.find("Deployment", service).orElseThrow(() -> new AssertionError(overlay + ": no Deployment " + service));
            Map<String, Object> container = container(deployment, service);
            int port = config.port(environment(manifests, container));

            List<Object> ports = Yaml.list(container.get("ports"));
            assertEquals(1, ports.size(), service + " exposes one port, gRPC and HTTP together");
            assertEquals(port, Yaml.map(ports.get(0)).get("containerPort"), service + " container port");
            assertEquals("http", Yaml.map(ports.get(0)).get("name"));

            assertProbe(container, "startupProbe", config.healthPath("started"), service);
            assertProbe(container, "livenessProbe", config.healthPath("live"), service);
            assertProbe(container, "readinessProbe", config.healthPath("ready"), service);

            Map<String, Object> annotations = Yaml.map(Yaml.map(Manifests.podTemplate(deployment).get("metadata")).get("annotations"));
            assertEquals(String.valueOf(port), annotations.get("prometheus.io/port"), service + " scrape port");
            assertEquals(config.metricsPath(), annotations.get("prometheus.io/path"), service + " metrics path");

            for (Map<String, Object> svc : manifests.ofKind("Service")) {
                Map<String, Object> selector = Yaml.map(Yaml.map(svc.get("spec")).get("selector"));
                if (Manifests.matches(selector, podLabels(deployment))) {
                    for (Object p : Yaml.list(Yaml.map(svc.get("spec")).get("ports"))) {
                        assertEquals(port, Yaml.map(p).get("port"), "Service " + Manifests.name(svc) + " port");
                        assertEquals("http", Yaml.map(p).get("targetPort"), "Service " + Manifests.name(svc) + " targetPort");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void environmentMatchesTheVariablesThePropertiesRead(String overlay) {
        Manifests manifests = render(overlay);
        Set<String> readByAnyService = new HashSet<>();
        for (String service : SERVICES) {
            ServiceConfig config = config(service);
            readByAnyService.addAll(config.variables().keySet());
            readByAnyService.addAll(config.propertyEnvNames());
            for (Map<String, Object> workload : manifests.workloads()) {
                if (!service.equals(podLabels(workload).get("app.kubernetes.io/name"))) {
                    continue;
                }
                Map<String, Object> container = container(workload, service);
                Map<String, String> environment = environment(manifests, container);
                // A variable with a default other than empty has a development value (localhost...) that a cluster must override.
                config.variables().forEach((variable, defaultValue) -> {
                    if (variable.startsWith("KRONIKA_") && defaultValue != null && !defaultValue.isEmpty()) {
                        assertTrue(environment.containsKey(variable),
                                () -> overlay + ": " + Manifests.name(workload) + " does not set " + variable + ", which " + service + " reads");
                    }
                });
                boolean server = "Deployment".equals(workload.get("kind"));
                if (server && "true".equals(environment.get("KRONIKA_AUTH_ENABLED")) && config.reads("KRONIKA_AUTH_KEYS")) {
                    assertTrue(environment.containsKey("KRONIKA_AUTH_KEYS"), () -> overlay + ": auth is on but " + service + " gets no keys");
                    if (config.reads("KRONIKA_AUTH_CLIENT_KEY")) {
                        assertTrue(environment.containsKey("KRONIKA_AUTH_CLIENT_KEY"), () -> overlay + ": auth is on but " + service + " has no key for its calls");
                    }
                }
                for (Object entry : Yaml.list(container.get("env"))) {
                    String name = (String) Yaml.map(entry).get("name");
                    if (name.startsWith("KRONIKA_")) {
                        assertTrue(config.reads(name), () -> overlay + ": " + Manifests.name(workload) + " sets " + name + ", which " + service + " never reads");
                    }
                    if (name.startsWith("QUARKUS_FLYWAY_") || name.startsWith("KRONIKA_DB_")) {
                        assertTrue(config.usesDatabase(), () -> service + " has no database but gets " + name);
                    }
                }
            }
        }
        for (Map<String, Object> configMap : manifests.ofKind("ConfigMap")) {
            for (String key : Yaml.map(configMap.get("data")).keySet()) {
                assertTrue(readByAnyService.contains(key), () -> overlay + ": ConfigMap key " + key + " is read by no service");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void imagesAndLabelsAreConsistent(String overlay) {
        Manifests manifests = render(overlay);
        Set<String> tags = new TreeSet<>();
        for (Map<String, Object> workload : manifests.workloads()) {
            Map<String, Object> labels = podLabels(workload);
            String app = (String) labels.get("app.kubernetes.io/name");
            assertNotNull(app, () -> Manifests.name(workload) + " pods have no app.kubernetes.io/name");
            assertEquals("kronika", labels.get("app.kubernetes.io/part-of"), Manifests.name(workload) + " part-of");
            assertTrue(Manifests.name(workload).startsWith(app), () -> Manifests.name(workload) + " is labelled " + app);
            Map<String, Object> selector = Yaml.map(Yaml.map(workload.get("spec")).get("selector"));
            if (!selector.isEmpty()) {
                assertTrue(Manifests.matches(selector, labels), () -> Manifests.name(workload) + ": selector does not match its own pods");
            }
            if (SERVICES.contains(app)) {
                String image = (String) container(workload, app).get("image");
                String repository = image.substring(0, image.lastIndexOf(':'));
                assertTrue(repository.endsWith("/" + app), () -> Manifests.name(workload) + " runs image " + image);
                tags.add(image.substring(image.lastIndexOf(':') + 1));
            }
        }
        assertEquals(1, tags.size(), overlay + ": the services run one release, found tags " + tags);
        for (String kind : List.of("Service", "PodDisruptionBudget")) {
            for (Map<String, Object> object : manifests.ofKind(kind)) {
                Map<String, Object> selector = Yaml.map(Yaml.map(object.get("spec")).get("selector"));
                assertTrue(manifests.anyPodMatches(selector), () -> overlay + ": " + kind + " " + Manifests.name(object) + " selects no pods");
                assertFalse(manifests.ofKind("Job").stream().anyMatch(j -> Manifests.matches(selector, podLabels(j))),
                        () -> overlay + ": " + kind + " " + Manifests.name(object) + " selects migration pods");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void autoscalerTargetsADeploymentThatLeavesItTheReplicaCount(String overlay) {
        Manifests manifests = render(overlay);
        List<Map<String, Object>> autoscalers = manifests.ofKind("HorizontalPodAutoscaler");
        assertFalse(autoscalers.isEmpty(), "extract-service scales with an HPA");
        for (Map<String, Object> hpa : autoscalers) {
            Map<String, Object> spec = Yaml.map(hpa.get("spec"));
            Map<String, Object> target = Yaml.map(spec.get("scaleTargetRef"));
            assertEquals("Deployment", target.get("kind"));
            assertEquals("apps/v1", target.get("apiVersion"));
            Map<String, Object> deployment = manifests.find("Deployment", (String) target.get("name"))
                    .orElseThrow(() -> new AssertionError(overlay + ": HPA targets missing Deployment " + target.get("name")));
            assertNull(Yaml.map(deployment.get("spec")).get("replicas"), "a Deployment under an HPA must not pin replicas");
            assertTrue((Integer) spec.get("minReplicas") <= (Integer) spec.get("maxReplicas"));
            assertNotNull(Yaml.map(container(deployment, (String) target.get("name")).get("resources")).get("requests"),
                    "CPU utilisation needs CPU requests");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPoliciesSelectExistingPods(String overlay) {
        Manifests manifests = render(overlay);
        for (Map<String, Object> policy : manifests.ofKind("NetworkPolicy")) {
            Map<String, Object> spec = Yaml.map(policy.get("spec"));
            String name = Manifests.name(policy);
            assertTrue(manifests.anyPodMatches(Yaml.map(spec.get("podSelector"))), () -> overlay + ": NetworkPolicy " + name + " selects no pods");
            for (String direction : List.of("ingress", "egress")) {
                for (Object rule : Yaml.list(spec.get(direction))) {
                    for (Object peer : Yaml.list(Yaml.map(rule).get(direction.equals("ingress") ? "from" : "to"))) {
                        Map<String, Object> p = Yaml.map(peer);
                        if (p.containsKey("podSelector") && !p.containsKey("namespaceSelector")) {
                            assertTrue(manifests.anyPodMatches(Yaml.map(p.get("podSelector"))),
                                    () -> overlay + ": NetworkPolicy " + name + " names pods that do not exist: " + p);
                        }
                    }
                }
            }
        }
        assertAllowed(manifests, "ingest-service", "extract-service", 8082);
        assertAllowed(manifests, "ingest-service", "query-service", 8083);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void configMapsAndSecretsReferencedExistOrAreDocumented(String overlay) throws IOException {
        Manifests manifests = render(overlay);
        Map<String, Set<String>> expectedSecrets = new HashMap<>();
        if (overlay.equals("prod")) {
            for (Map<String, Object> secret : Kustomize.load(DEPLOY.resolve("overlays/prod/examples/secrets.example.yaml"))) {
                expectedSecrets.put(Manifests.name(secret), Yaml.map(secret.get("stringData")).keySet());
            }
        }
        for (Map<String, Object> secret : manifests.ofKind("Secret")) {
            Set<String> keys = new HashSet<>(Yaml.map(secret.get("stringData")).keySet());
            keys.addAll(Yaml.map(secret.get("data")).keySet());
            expectedSecrets.put(Manifests.name(secret), keys);
        }
        for (Map<String, Object> workload : manifests.workloads()) {
            for (Map<String, Object> container : Manifests.containers(workload)) {
                for (Object from : Yaml.list(container.get("envFrom"))) {
                    String configMap = (String) Yaml.map(Yaml.map(from).get("configMapRef")).get("name");
                    assertTrue(manifests.find("ConfigMap", configMap).isPresent(), () -> overlay + ": missing ConfigMap " + configMap);
                }
                for (Object entry : Yaml.list(container.get("env"))) {
                    Map<String, Object> ref = Yaml.map(Yaml.map(Yaml.map(entry).get("valueFrom")).get("secretKeyRef"));
                    if (!ref.isEmpty()) {
                        Set<String> keys = expectedSecrets.get((String) ref.get("name"));
                        assertNotNull(keys, () -> overlay + ": Secret " + ref.get("name") + " is neither created nor documented");
                        assertTrue(keys.contains((String) ref.get("key")), () -> overlay + ": Secret " + ref.get("name") + " has no key " + ref.get("key"));
                    }
                }
            }
        }
        assertEquals(overlay.equals("prod") ? "true" : "false",
                Yaml.map(manifests.find("ConfigMap", "kronika-config").orElseThrow().get("data")).get("KRONIKA_AUTH_ENABLED"),
                "API keys are required in prod only");
        String readme = Files.readString(DEPLOY.resolve("README.md"));
        for (String secret : expectedSecrets.keySet()) {
            assertTrue(readme.contains(secret), () -> "deploy/README.md should say how to create Secret " + secret);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void migrationsRunOnceInAJobNotInEveryReplica(String overlay) {
        Manifests manifests = render(overlay);
        for (String service : SERVICES) {
            if (!config(service).migratesWithFlyway()) {
                continue;
            }
            Map<String, String> server = environment(manifests, container(manifests.find("Deployment", service).orElseThrow(), service));
            assertEquals("false", server.get("QUARKUS_FLYWAY_MIGRATE_AT_START"), service + " replicas must not migrate");
            assertEquals("true", server.get("QUARKUS_FLYWAY_VALIDATE_AT_START"), service + " replicas wait for a current schema");
            Map<String, Object> job = manifests.find("Job", service + "-migrate").orElseThrow(() -> new AssertionError("no migration Job for " + service));
            Map<String, String> migration = environment(manifests, container(job, service));
            assertEquals("true", migration.get("QUARKUS_FLYWAY_MIGRATE_AT_START"));
            assertEquals("true", migration.get("QUARKUS_INIT_AND_EXIT"));
            assertEquals(container(manifests.find("Deployment", service).orElseThrow(), service).get("image"), container(job, service).get("image"),
                    "the Job migrates with the release's own image");
        }
    }

    /** The renderer must agree with kustomize itself; kubectl bundles it, where installed. */
    @Test
    void rendererAgreesWithKubectlKustomize() throws Exception {
        assumeTrue(onPath("kubectl"), "kubectl not installed");
        for (String overlay : List.of("dev", "prod")) {
            Process process = new ProcessBuilder("kubectl", "kustomize", DEPLOY.resolve("overlays").resolve(overlay).toString())
                    .redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), "kubectl kustomize failed: " + new String(process.getErrorStream().readAllBytes()));
            Path rendered = Files.createTempFile("kustomize-" + overlay, ".yaml");
            Files.write(rendered, out);
            Map<String, Object> expected = byId(Kustomize.load(rendered));
            Map<String, Object> actual = byId(render(overlay).objects());
            assertEquals(expected.keySet(), actual.keySet(), overlay + ": objects");
            for (String id : expected.keySet()) {
                assertEquals(normalise(expected.get(id)), normalise(actual.get(id)), overlay + ": " + id);
            }
            Files.delete(rendered);
        }
    }

    private static void assertAllowed(Manifests manifests, String from, String to, int port) {
        boolean egress = false;
        boolean ingress = false;
        Map<String, Object> fromLabels = podLabels(manifests.find("Deployment", from).orElseThrow());
        Map<String, Object> toLabels = podLabels(manifests.find("Deployment", to).orElseThrow());
        for (Map<String, Object> policy : manifests.ofKind("NetworkPolicy")) {
            Map<String, Object> spec = Yaml.map(policy.get("spec"));
            Map<String, Object> selector = Yaml.map(spec.get("podSelector"));
            if (Manifests.matches(selector, fromLabels)) {
                egress |= allows(Yaml.list(spec.get("egress")), "to", toLabels, port);
            }
            if (Manifests.matches(selector, toLabels)) {
                ingress |= allows(Yaml.list(spec.get("ingress")), "from", fromLabels, port);
            }
        }
        assertTrue(egress && ingress, manifests.overlay() + ": " + from + " -> " + to + ":" + port + " is not allowed (egress " + egress + ", ingress " + ingress + ")");
    }

    private static boolean allows(List<Object> rules, String peersField, Map<String, Object> peerLabels, int port) {
        for (Object r : rules) {
            Map<String, Object> rule = Yaml.map(r);
            List<Object> peers = Yaml.list(rule.get(peersField));
            boolean peerOk = peers.isEmpty() || peers.stream().map(Yaml::map)
                    .anyMatch(p -> p.containsKey("podSelector") && !p.containsKey("namespaceSelector")
                            && Manifests.matches(Yaml.map(p.get("podSelector")), peerLabels));
            List<Object> ports = Yaml.list(rule.get("ports"));
            boolean portOk = ports.isEmpty() || ports.stream().map(Yaml::map).anyMatch(p -> Integer.valueOf(port).equals(p.get("port")));
            if (peerOk && portOk) {
                return true;
            }
        }
        return false;
    }

    private static void assertProbe(Map<String, Object> container, String probe, String path, String service) {
        Map<String, Object> httpGet = Yaml.map(Yaml.map(container.get(probe)).get("httpGet"));
        assertEquals(path, httpGet.get("path"), service + " " + probe + " path");
        assertEquals("http", httpGet.get("port"), service + " " + probe + " port");
    }

    private static Map<String, Object> container(Map<String, Object> workload, String name) {
        return Manifests.containers(workload).stream().filter(c -> name.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(Manifests.name(workload) + " has no container " + name));
    }

    private static Map<String, Object> podLabels(Map<String, Object> workload) {
        return Yaml.map(Yaml.map(Manifests.podTemplate(workload).get("metadata")).get("labels"));
    }

    /** The variables a container sees: ConfigMaps through envFrom, then env (values of Secrets as "<secret>"). */
    private static Map<String, String> environment(Manifests manifests, Map<String, Object> container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Object from : Yaml.list(container.get("envFrom"))) {
            String name = (String) Yaml.map(Yaml.map(from).get("configMapRef")).get("name");
            manifests.find("ConfigMap", name).ifPresent(cm -> Yaml.map(cm.get("data")).forEach((k, v) -> environment.put(k, String.valueOf(v))));
        }
        for (Object e : Yaml.list(container.get("env"))) {
            Map<String, Object> entry = Yaml.map(e);
            environment.put((String) entry.get("name"), entry.containsKey("value") ? String.valueOf(entry.get("value")) : "<secret>");
        }
        return environment;
    }

    private static Map<String, Object> byId(List<Map<String, Object>> objects) {
        Map<String, Object> byId = new LinkedHashMap<>();
        objects.forEach(o -> byId.put(o.get("kind") + "/" + Manifests.name(o), o));
        return byId;
    }

    /** Maps compare regardless of key order already; lists of named items are compared as sets of names to items. */
    private static Object normalise(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, normalise(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalise(v)));
            if (out.stream().allMatch(v -> v instanceof Map<?, ?> m && m.get("name") instanceof String)) {
                Map<Object, Object> named = new java.util.TreeMap<>();
                out.forEach(v -> named.put(((Map<?, ?>) v).get("name"), v));
                return named;
            }
            return out;
        }
        return value;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
