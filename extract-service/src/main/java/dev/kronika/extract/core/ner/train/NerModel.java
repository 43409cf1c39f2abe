package dev.kronika.extract.core.ner.train;

import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Token;
import dev.kronika.extract.core.ner.NameCandidate;
import dev.kronika.extract.core.ner.NameContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A trained name tagger (placeholder until the perceptron lands). */
public final class NerModel {

    public static NerModel load(Path path) throws IOException {
        throw new IOException("no model format yet: " + path);
    }

    public List<NameCandidate> tag(NameContext ctx, List<Token> sentence) {
        return List.of();
    }

    public Optional<String> lemmaOf(String language, String surface, EntityType type) {
        return Optional.empty();
    }
}
