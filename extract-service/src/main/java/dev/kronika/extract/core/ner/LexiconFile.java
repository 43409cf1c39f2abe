package dev.kronika.extract.core.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The project's tab-separated word lists under {@code resources/ner}: '#' starts a comment line. */
final class LexiconFile {

    private LexiconFile() {
    }

    /** The rows of the resource, split at tabs; empty when the resource is absent. */
    static Optional<List<String[]>> rows(String resource) {
        try (InputStream in = LexiconFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return Optional.of(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
