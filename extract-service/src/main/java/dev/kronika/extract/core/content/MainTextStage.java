package dev.kronika.extract.core.content;

import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layer;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.ValueSource;
import dev.kronika.extract.core.pipeline.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Separates the article from page furniture: the first substantial line is the title, and lines
 * that repeat elsewhere on the page (headline lists, "related" blocks) are furniture.
 */
public final class MainTextStage implements Stage {

    @Override
    public String name() {
        return "main-text";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CONTENT);
    }

    @Override
    public void process(Document document) {
        List<Span> lines = lines(document.text());
        Map<String, Integer> counts = new HashMap<>();
        for (Span line : lines) {
            counts.merge(document.text(line).strip(), 1, Integer::sum);
        }
        Optional<Span> title = Optional.empty();
        List<Span> body = new ArrayList<>();
        for (Span line : lines) {
            String content = document.text(line).strip();
            if (title.isEmpty() && body.isEmpty()) {
                title = Optional.of(line);
            } else if (counts.get(content) == 1) {
                body.add(line);
            }
        }
        document.set(Layers.CONTENT, new Content(title, body, List.of(), Optional.empty(), ValueSource.TEXT));
    }

    /** Non-blank lines, trimmed of surrounding whitespace. */
    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int b = start;
                int e = i;
                while (b < e && Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > b) {
                    lines.add(new Span(b, e));
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
