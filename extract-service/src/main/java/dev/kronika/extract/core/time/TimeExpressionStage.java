package dev.kronika.extract.core.time;

import dev.kronika.extract.core.model.AnchorDate;
import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layer;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises the time expressions of the main text and normalises them with TIMEX3 semantics,
 * anchored on {@link Layers#ANCHOR_DATE}. Page furniture is never searched.
 */
public final class TimeExpressionStage implements Stage {

    private final TimeExpressionRecognizer recognizer;
    private final ReferenceMode mode;

    public TimeExpressionStage() {
        this(new TimeExpressionRecognizer(), ReferenceMode.NEWS);
    }

    public TimeExpressionStage(TimeExpressionRecognizer recognizer, ReferenceMode mode) {
        this.recognizer = recognizer;
        this.mode = mode;
    }

    @Override
    public String name() {
        return "time-expressions";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CONTENT, Layers.LANGUAGE, Layers.TOKENS, Layers.SENTENCES, Layers.ANCHOR_DATE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TIME_EXPRESSIONS);
    }

    @Override
    public void process(Document document) {
        Content content = document.get(Layers.CONTENT);
        List<Span> regions = new ArrayList<>(content.body());
        content.title().filter(title -> regions.stream().noneMatch(part -> part.contains(title))).ifPresent(regions::add);
        AnchorDate anchor = document.get(Layers.ANCHOR_DATE);
        List<TimeExpression> found = recognizer.recognize(document.text(), regions, document.get(Layers.SENTENCES),
                document.language(), anchor.date(), mode);
        document.set(Layers.TIME_EXPRESSIONS, found.stream().filter(t -> document.inMainText(t.span())).toList());
    }
}
