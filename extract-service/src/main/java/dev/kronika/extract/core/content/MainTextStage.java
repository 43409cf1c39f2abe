package dev.kronika.extract.core.content;

import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layer;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.pipeline.Stage;

import java.util.Set;

/**
 * Separates the article from page furniture. An HTML page (with {@link Layers#PAGE}) is read
 * through its DOM blocks and metadata ({@link HtmlMainText}); plain text through its lines
 * ({@link PlainTextMainText}).
 */
public final class MainTextStage implements Stage {

    private final PlainTextMainText plainText = new PlainTextMainText();
    private final HtmlMainText html = new HtmlMainText();

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
        document.set(Layers.CONTENT, document.find(Layers.PAGE)
                .map(page -> html.extract(document.text(), page))
                .orElseGet(() -> plainText.extract(document.text())));
    }
}
