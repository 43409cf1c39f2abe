package dev.kronika.extract.core;

import dev.kronika.extract.core.content.HtmlTextExtractor;
import dev.kronika.extract.core.event.EventExtractionStage;
import dev.kronika.extract.core.event.KnowledgeBaseRoles;
import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.content.MainTextStage;
import dev.kronika.extract.core.lang.LanguageIdentificationStage;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.ner.EntityLinkingStage;
import dev.kronika.extract.core.ner.NamedEntityStage;
import dev.kronika.extract.core.ner.train.NerModel;
import dev.kronika.extract.core.pipeline.Pipeline;
import dev.kronika.extract.core.pipeline.Stage;
import dev.kronika.extract.core.text.TextSegmentationStage;
import dev.kronika.extract.core.time.AnchorDateStage;
import dev.kronika.extract.core.time.TimeExpressionStage;

import java.util.Optional;
import java.util.function.ObjLongConsumer;

/**
 * The extraction core's entry point: turns one article (plain text or HTML) into an annotated
 * {@link Document}. Built once, with every model and lexicon loaded; thread-safe.
 */
public final class ExtractionEngine {

    private final Pipeline pipeline;
    private final HtmlTextExtractor htmlExtractor = new HtmlTextExtractor();

    public ExtractionEngine(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The standard pipeline for all supported languages. */
    public static ExtractionEngine standard() {
        return new ExtractionEngine(Pipeline.builder()
                .add(new MainTextStage())
                .add(new LanguageIdentificationStage())
                .add(new TextSegmentationStage())
                .add(new AnchorDateStage())
                .add(new TimeExpressionStage())
                .add(new NamedEntityStage())
                .add(new EntityLinkingStage())
                .add(EventExtractionStage.withKnowledgeBase())
                .build());
    }

    /** The standard pipeline with the given knowledge base instead of the bundled one. */
    public static ExtractionEngine standard(KnowledgeBase kb) {
        return standard().withKnowledgeBase(kb);
    }

    /**
     * The same pipeline with the stages that consult the knowledge base rebuilt over another one;
     * every other stage (language models, lexicons, morphology) is shared, so this is cheap enough
     * to run whenever the knowledge base changes. This engine is left as it was.
     */
    public ExtractionEngine withKnowledgeBase(KnowledgeBase kb) {
        KnowledgeBaseRoles roles = new KnowledgeBaseRoles(kb);
        Pipeline.Builder builder = Pipeline.builder();
        for (Stage stage : pipeline.stages()) {
            if (stage instanceof NamedEntityStage named) {
                builder.add(named.withKnowledgeBase(kb));
            } else if (stage instanceof EntityLinkingStage) {
                builder.add(new EntityLinkingStage(kb));
            } else if (stage instanceof EventExtractionStage) {
                builder.add(new EventExtractionStage(roles, roles));
            } else {
                builder.add(stage);
            }
        }
        return new ExtractionEngine(builder.build());
    }

    /** The same pipeline with the named-entity stage using this trained model (or the rules alone). */
    public ExtractionEngine withNerModel(Optional<NerModel> model) {
        Pipeline.Builder builder = Pipeline.builder();
        for (Stage stage : pipeline.stages()) {
            builder.add(stage instanceof NamedEntityStage named ? named.withModel(model) : stage);
        }
        return new ExtractionEngine(builder.build());
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Document extractText(String text, DocumentRequest request) {
        return extractText(text, request, (stage, nanos) -> { });
    }

    public Document extractText(String text, DocumentRequest request, ObjLongConsumer<Stage> timing) {
        return pipeline.process(new Document(text, request), timing);
    }

    public Document extractHtml(String html, DocumentRequest request) {
        return extractHtml(html, request, (stage, nanos) -> { });
    }

    /** Extracts the page's text and block structure, then runs the pipeline on that text. */
    public Document extractHtml(String html, DocumentRequest request, ObjLongConsumer<Stage> timing) {
        HtmlTextExtractor.Result page = htmlExtractor.extract(html, request.url().orElse(""));
        Document document = new Document(page.text(), request);
        document.set(Layers.PAGE, page.structure());
        return pipeline.process(document, timing);
    }
}
