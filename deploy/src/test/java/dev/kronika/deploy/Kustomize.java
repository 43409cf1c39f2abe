package dev.kronika.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kustomize build} does for the features deploy/ uses:
 * resources (files and directories), strategic-merge patches by file, namespace and images.
 * Any other kustomization field fails the render, so the manifests cannot silently outgrow it;
 * {@link ManifestTest} also compares the result with {@code kubectl kustomize} where kubectl exists.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "patches", "namespace", "images");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass");

    private Kustomize() {
    }

    static List<Map<String, Object>> build(Path dir) {
        Map<String, Object> kustomization = Yaml.map(load(dir.resolve("kustomization.yaml")).get(0));
        for (String key : kustomization.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new IllegalStateException(dir + ": kustomization field '" + key + "' is not supported by this renderer");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object resource : Yaml.list(kustomization.get("resources"))) {
            Path path = dir.resolve((String) resource).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : load(path));
        }
        for (Object patch : Yaml.list(kustomization.get("patches"))) {
            Map<String, Object> spec = Yaml.map(patch);
            if (spec.keySet().size() != 1 || !spec.containsKey("path")) {
                throw new IllegalStateException(dir + ": only patches given by path are supported, found " + spec.keySet());
            }
            for (Map<String, Object> change : load(dir.resolve((String) spec.get("path")))) {
                Map<String, Object> target = find(objects, change);
                Map<String, Object> merged = Yaml.map(mergeValue(target, change));
                objects.set(objects.indexOf(target), merged);
            }
        }
        if (kustomization.get("namespace") instanceof String namespace) {
            for (Map<String, Object> object : objects) {
                if (!CLUSTER_SCOPED.contains(object.get("kind"))) {
                    Yaml.map(object.get("metadata")).put("namespace", namespace);
                }
            }
        }
        for (Object image : Yaml.list(kustomization.get("images"))) {
            Map<String, Object> rule = Yaml.map(image);
            for (Map<String, Object> object : objects) {
                for (Map<String, Object> container : Manifests.containers(object)) {
                    String current = (String) container.get("image");
                    int colon = current.lastIndexOf(':');
                    String name = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
                    String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : null;
                    if (name.equals(rule.get("name"))) {
                        String newName = (String) rule.getOrDefault("newName", name);
                        String newTag = rule.containsKey("newTag") ? String.valueOf(rule.get("newTag")) : tag;
                        container.put("image", newTag == null ? newName : newName + ":" + newTag);
                    }
                }
            }
        }
        return objects;
    }

    static List<Map<String, Object>> load(Path file) {
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : yaml.loadAll(reader)) {
                if (document != null) {
                    documents.add(Yaml.map(document));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static Map<String, Object> find(List<Map<String, Object>> objects, Map<String, Object> patch) {
        String kind = (String) patch.get("kind");
        String name = Manifests.name(patch);
        return objects.stream()
                .filter(o -> kind.equals(o.get("kind")) && name.equals(Manifests.name(o)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("patch target " + kind + "/" + name + " not found"));
    }

    /**
     * Strategic merge as Kubernetes does it for the fields patched here: maps merge key by key, lists of
     * named items (containers, env, volumes) merge by name, any other list is replaced.
     */
    static Object mergeValue(Object base, Object patch) {
        if (base instanceof Map<?, ?> baseMap && patch instanceof Map<?, ?> patchMap) {
            Map<String, Object> merged = new LinkedHashMap<>(Yaml.map(baseMap));
            for (Map.Entry<?, ?> entry : patchMap.entrySet()) {
                String key = (String) entry.getKey();
                merged.put(key, merged.containsKey(key) ? mergeValue(merged.get(key), entry.getValue()) : entry.getValue());
            }
            return merged;
        }
        if (base instanceof List<?> baseList && patch instanceof List<?> patchList && named(baseList) && named(patchList)) {
            List<Object> merged = new ArrayList<>(baseList);
            for (Object item : patchList) {
                Object itemName = Yaml.map(item).get("name");
                int at = -1;
                for (int i = 0; i < merged.size(); i++) {
                    if (itemName.equals(Yaml.map(merged.get(i)).get("name"))) {
                        at = i;
                    }
                }
                if (at < 0) {
                    merged.add(item);
                } else {
                    merged.set(at, mergeValue(merged.get(at), item));
                }
            }
            return merged;
        }
        return patch;
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(item -> item instanceof Map<?, ?> m && m.get("name") instanceof String);
    }

    /** Typed views of SnakeYAML's untyped trees. */
    static final class Yaml {
        private Yaml() {
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Object value) {
            return value == null ? new LinkedHashMap<>() : (Map<String, Object>) value;
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object value) {
            return value == null ? List.of() : (List<Object>) value;
        }
    }
}
