package dev.kronika.extract.core.pipeline;

import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ObjLongConsumer;

/**
 * An ordered list of stages whose requirements were checked when it was built, so a missing
 * stage is a start-up error rather than a failure on the first document.
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    public Document process(Document document) {
        return process(document, (stage, nanos) -> { });
    }

    /** Runs every stage in order, reporting each stage's wall time in nanoseconds. */
    public Document process(Document document, ObjLongConsumer<Stage> timing) {
        for (Stage stage : stages) {
            long start = System.nanoTime();
            stage.process(document);
            timing.accept(stage, System.nanoTime() - start);
            for (Layer<?> layer : stage.provides()) {
                if (!document.has(layer)) {
                    throw new IllegalStateException("stage '" + stage.name() + "' did not provide layer '" + layer + "'");
                }
            }
        }
        return document;
    }

    public static final class Builder {

        private final List<Stage> stages = new ArrayList<>();

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        /** Checks that every stage's requirements are provided by an earlier stage, reporting all gaps at once. */
        public Pipeline build() {
            Set<Layer<?>> available = new HashSet<>();
            List<String> unmet = new ArrayList<>();
            for (Stage stage : stages) {
                for (Layer<?> required : stage.requires()) {
                    if (!available.contains(required)) {
                        unmet.add("stage '" + stage.name() + "' requires '" + required + "'");
                    }
                }
                available.addAll(stage.provides());
            }
            if (!unmet.isEmpty()) {
                throw new IllegalStateException("pipeline requirements not met: " + String.join("; ", unmet));
            }
            return new Pipeline(stages);
        }
    }
}
