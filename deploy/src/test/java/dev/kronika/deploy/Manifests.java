package dev.kronika.deploy;

import dev.kronika.deploy.Kustomize.Yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Lookups over a rendered list of Kubernetes objects. */
record Manifests(String overlay, List<Map<String, Object>> objects) {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "Job", "DaemonSet");

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
    }

    List<Map<String, Object>> workloads() {
        return objects.stream().filter(o -> WORKLOADS.contains(o.get("kind"))).toList();
    }

    /** Pod labels of every workload's template: what selectors can match. */
    List<Map<String, Object>> podLabelSets() {
        return workloads().stream().map(w -> Yaml.map(Yaml.map(podTemplate(w).get("metadata")).get("labels"))).toList();
    }

    boolean anyPodMatches(Map<String, Object> selector) {
        return podLabelSets().stream().anyMatch(labels -> matches(selector, labels));
    }

    static String name(Map<String, Object> object) {
        return (String) Yaml.map(object.get("metadata")).get("name");
    }

    static Map<String, Object> podTemplate(Map<String, Object> workload) {
        return Yaml.map(Yaml.map(workload.get("spec")).get("template"));
    }

    static Map<String, Object> podSpec(Map<String, Object> workload) {
        return Yaml.map(podTemplate(workload).get("spec"));
    }

    /** Containers and init containers of a workload; empty for other kinds. */
    static List<Map<String, Object>> containers(Map<String, Object> object) {
        if (!WORKLOADS.contains(object.get("kind"))) {
            return List.of();
        }
        List<Map<String, Object>> containers = new ArrayList<>();
        for (String field : List.of("initContainers", "containers")) {
            Yaml.list(podSpec(object).get(field)).forEach(c -> containers.add(Yaml.map(c)));
        }
        return containers;
    }

    /** A Kubernetes label selector (matchLabels and matchExpressions, or a plain map for Services). */
    static boolean matches(Map<String, Object> selector, Map<String, Object> labels) {
        Map<String, Object> matchLabels = selector.containsKey("matchLabels") || selector.containsKey("matchExpressions")
                ? Yaml.map(selector.get("matchLabels")) : selector;
        for (Map.Entry<String, Object> entry : matchLabels.entrySet()) {
            if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        for (Object expression : Yaml.list(selector.get("matchExpressions"))) {
            Map<String, Object> e = Yaml.map(expression);
            Object value = labels.get(e.get("key"));
            List<Object> values = Yaml.list(e.get("values"));
            boolean ok = switch ((String) e.get("operator")) {
                case "In" -> values.contains(value);
                case "NotIn" -> !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator " + e.get("operator"));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
