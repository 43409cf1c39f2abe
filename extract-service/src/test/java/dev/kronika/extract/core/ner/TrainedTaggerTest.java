package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.ExtractionEngine;
import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.LanguageResult;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Mention;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.Token;
import dev.kronika.extract.core.model.ValueSource;
import dev.kronika.extract.core.ner.train.NerModel;
import dev.kronika.extract.core.ner.train.SlavicNerCorpus;
import dev.kronika.extract.core.ner.train.TrainNer;
import dev.kronika.extract.core.text.TextSegmentationStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trainable path on documents written for the test: the beam-search perceptron learns a
 * pattern the rules do not know, a saved model tags as the trained one did, the document memory
 * carries a tag to a later mention, and quotation marks are learned without and set by rule.
 */
class TrainedTaggerTest {

    private static final KnowledgeBase KB = KnowledgeBase.empty();
    private static NerModel model;

    /** An invented company word the rules would take for a person's surname. */
    private static SlavicNerCorpus.Doc doc(int n, String company) {
        String text = "Wczoraj " + company + " ogłosił wyniki. Analitycy chwalą " + company + " od lat.";
        List<SlavicNerCorpus.GoldMention> gold = new ArrayList<>();
        int at = -1;
        while ((at = text.indexOf(company, at + 1)) >= 0) {
            gold.add(new SlavicNerCorpus.GoldMention(new Span(at, at + company.length()), company, company, EntityType.ORG, "ORG-" + company));
        }
        return new SlavicNerCorpus.Doc("test", "pl", "doc" + n, text, gold);
    }

    @BeforeAll
    static void train() {
        String[] companies = {"Kwarbex", "Molotrix", "Zentavo", "Brikoll", "Dunavix", "Plemtar", "Sorvenko", "Trulmax", "Vexora", "Quandel"};
        List<SlavicNerCorpus.Doc> docs = new ArrayList<>();
        for (int i = 0; i < companies.length; i++) {
            docs.add(doc(i, companies[i]));
        }
        model = TrainNer.train(docs, KB, 5, line -> { });
    }

    /** The text as the pipeline has it before names: all of it main text, in the language, in tokens and sentences. */
    private static Document segmented(String language, String text) {
        Document d = Document.of(text);
        d.set(Layers.CONTENT, Content.wholeText(text));
        d.set(Layers.LANGUAGE, new LanguageResult(language, ValueSource.TEXT, 1.0));
        new TextSegmentationStage().process(d);
        return d;
    }

    private static List<Mention> tag(NerModel m, String language, String text) {
        Document d = segmented(language, text);
        new NamedEntityStage(KB, Optional.of(m)).process(d);
        return d.get(Layers.MENTIONS);
    }

    @Test
    void learnsTheTypeOfAnUnseenNameFromItsContext() {
        String text = "Wczoraj Gravonik ogłosił wyniki. Analitycy chwalą Gravonik od lat.";
        List<Mention> mentions = tag(model, "pl", text);
        assertEquals(2, mentions.size(), mentions::toString);
        assertEquals("Gravonik", mentions.get(0).text());
        assertEquals(EntityType.ORG, mentions.get(0).type());
        assertTrue(rulesAlone(text).stream().noneMatch(m -> m.type() == EntityType.ORG), "the rules alone do not know it");
    }

    @Test
    void aLegalFormAfterTheModelsNameBelongsToTheCompany() {
        List<Mention> mentions = tag(model, "pl", "Wczoraj Gravonik AG ogłosił wyniki. Analitycy chwalą Gravonik od lat.");
        Mention company = mentions.stream().filter(m -> m.text().startsWith("Gravonik")).findFirst().orElseThrow();
        assertEquals("Gravonik AG", company.text(), mentions::toString);
        assertEquals(EntityType.ORG, company.type());
    }

    @Test
    void theEngineUsesAConfiguredModel() {
        String text = "Wczoraj Gravonik ogłosił wyniki finansowe za trzeci kwartał. Analitycy chwalą Gravonik od lat.";
        DocumentRequest request = new DocumentRequest(Optional.empty(), Optional.of("pl"), Optional.empty());
        ExtractionEngine engine = ExtractionEngine.standard(KB).withNerModel(Optional.of(model));
        List<Mention> mentions = engine.extractText(text, request).get(Layers.MENTIONS);
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("Gravonik") && m.type() == EntityType.ORG), mentions::toString);
    }

    private static List<Mention> rulesAlone(String text) {
        Document d = segmented("pl", text);
        new NamedEntityStage(KB, Optional.empty()).process(d);
        return d.get(Layers.MENTIONS);
    }

    @Test
    void aSavedModelTagsAsTheTrainedOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ner.model");
        model.save(file);
        String text = "Wczoraj Gravonik ogłosił wyniki. Analitycy chwalą Gravonik od lat.";
        assertEquals(tag(model, "pl", text), tag(NerModel.load(file), "pl", text));
    }

    @Test
    void documentMemoryCountsWhatEarlierSentencesWereTagged() {
        String text = "Wczoraj Gravonik ogłosił wyniki. Gravonik rośnie.";
        NameContext ctx = NameContext.of(segmented("pl", text), KB);
        List<List<Token>> sentences = ctx.sentences();
        TokenFeatures.SentenceView first = TokenFeatures.view(ctx, sentences.get(0));
        TokenFeatures.SentenceView second = TokenFeatures.view(ctx, sentences.get(1));
        DocumentMemory memory = new DocumentMemory();
        assertArrayEquals(new int[second.size()], memory.codes(second), "nothing remembered before the first sentence");
        int[] labels = new int[first.size()];
        labels[1] = TokenFeatures.label(EntityType.ORG, true);
        memory.record(first, labels);
        int orgCode = 1 + 1 + EntityType.ORG.ordinal();
        assertEquals(orgCode, memory.codes(second)[0], "Gravonik was an organisation before");
        memory.record(first, new int[first.size()]); // tagged O once: no longer unanimous
        assertTrue(memory.codes(second)[0] > orgCode);
    }

    @Test
    void quotationMarksAtOneEdgeAreNotPartOfAName() {
        String text = "Projekt „Nord Stream\" i „Turkish Stream” oraz agencja „Fokus”.";
        List<Token> sentence = NameContext.of(segmented("pl", text), KB).sentences().get(0);
        int open = 1;
        assertEquals("„", sentence.get(open).text());
        int[] trimmed = NameQuotes.trim(sentence, open, open + 3);
        assertEquals(open + 1, trimmed[0], "an opening mark alone goes");
        assertEquals(open + 3, trimmed[1]);
        int agency = sentence.size() - 5; // agencja „ Fokus ” .
        assertEquals("agencja", sentence.get(agency).text());
        int[] kept = NameQuotes.trim(sentence, agency, agency + 4);
        assertArrayEquals(new int[] {agency, agency + 4}, kept, "a mark closing one opened inside stays");
    }
}
