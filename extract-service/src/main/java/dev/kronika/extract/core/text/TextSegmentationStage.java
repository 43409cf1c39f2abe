package dev.kronika.extract.core.text;

import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layer;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Token;
import dev.kronika.extract.core.pipeline.Stage;

import java.util.List;
import java.util.Set;

/** Tokens and sentences over the whole text. */
public final class TextSegmentationStage implements Stage {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public String name() {
        return "segmentation";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public void process(Document document) {
        List<Token> tokens = List.copyOf(tokenizer.tokenize(document.text()));
        document.set(Layers.TOKENS, tokens);
        document.set(Layers.SENTENCES, List.copyOf(splitter.split(document.text(), tokens)));
    }
}
