package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.LanguageResult;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Mention;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.ValueSource;
import dev.kronika.extract.core.text.TextSegmentationStage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The untrained stages on sentences written for these tests, without a knowledge base. */
class NamedEntityStageTest {

    private static final NamedEntityStage NER = new NamedEntityStage(KnowledgeBase.empty(), Optional.empty());
    private static final EntityLinkingStage LINKING = new EntityLinkingStage(KnowledgeBase.empty());

    static List<Mention> mentions(String language, String text) {
        return mentions(language, text, Content.wholeText(text));
    }

    static List<Mention> mentions(String language, String text, Content content) {
        Document d = Document.of(text);
        d.set(Layers.CONTENT, content);
        d.set(Layers.LANGUAGE, new LanguageResult(language, ValueSource.TEXT, 1.0));
        new TextSegmentationStage().process(d);
        NER.process(d);
        LINKING.process(d);
        return d.get(Layers.MENTIONS);
    }

    static Mention find(List<Mention> mentions, String surface) {
        return mentions.stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseGet(() -> fail("no mention '" + surface + "' in " + mentions));
    }

    static void assertMention(List<Mention> mentions, String surface, EntityType type, String lemma) {
        Mention m = find(mentions, surface);
        assertEquals(type, m.type(), () -> "type of " + surface);
        assertEquals(lemma, m.lemma(), () -> "lemma of " + surface);
    }

    @Test
    void polishPersonsAndPlacesInOtherCases() {
        List<Mention> ms = mentions("pl", "Wczoraj premier rozmawiał z Władimirem Putinem o sytuacji w Kijowie. "
                + "Potem Putin zaprosił gości do Moskwy, a rozmowę z Łukaszenką przełożono.");
        assertMention(ms, "Władimirem Putinem", EntityType.PER, "Władimir Putin");
        assertMention(ms, "Kijowie", EntityType.LOC, "Kijów");
        assertMention(ms, "Moskwy", EntityType.LOC, "Moskwa");
        assertMention(ms, "Łukaszenką", EntityType.PER, "Łukaszenka");
        assertEquals(find(ms, "Władimirem Putinem").entityKey(), find(ms, "Putin").entityKey());
    }

    @Test
    void polishNameAfterCountryIsSplitFromIt() {
        List<Mention> ms = mentions("pl", "W piątek prezydent Rosji Władimir Putin przyjął gości z Niemiec.");
        assertMention(ms, "Rosji", EntityType.LOC, "Rosja");
        assertMention(ms, "Władimir Putin", EntityType.PER, "Władimir Putin");
    }

    @Test
    void russianNamesInInstrumentalAndGenitive() {
        List<Mention> ms = mentions("ru", "Вчера в Сочи президент России Владимир Путин провёл переговоры с Александром Лукашенко.");
        assertMention(ms, "Владимир Путин", EntityType.PER, "Владимир Путин");
        assertMention(ms, "Александром Лукашенко", EntityType.PER, "Александр Лукашенко");
        assertMention(ms, "России", EntityType.LOC, "Россия");
    }

    @Test
    void ukrainianNamesFromTheDictionary() {
        List<Mention> ms = mentions("uk", "Учора Олександр Лукашенко зустрівся з Путіним у Москві.");
        assertMention(ms, "Олександр Лукашенко", EntityType.PER, "Олександр Лукашенко");
        assertMention(ms, "Путіним", EntityType.PER, "Путін");
        assertMention(ms, "Москві", EntityType.LOC, "Москва");
    }

    @Test
    void bulgarianDefiniteArticleAndSurnameCoreference() {
        List<Mention> ms = mentions("bg", "В петък Владимир Путин пристигна в Минск. Там Путин каза, че концернът Кремълът е доволен.");
        assertMention(ms, "Владимир Путин", EntityType.PER, "Владимир Путин");
        assertMention(ms, "Путин", EntityType.PER, "Путин");
        assertEquals("Кремъл", find(ms, "Кремълът").lemma());
        assertEquals(find(ms, "Владимир Путин").entityKey(), find(ms, "Путин").entityKey());
    }

    @Test
    void englishNamesAndPossessive() {
        List<Mention> ms = mentions("en", "On Friday Vladimir Putin met Alexander Lukashenko in Minsk, the TASS agency said.");
        assertMention(ms, "Vladimir Putin", EntityType.PER, "Vladimir Putin");
        assertMention(ms, "Alexander Lukashenko", EntityType.PER, "Alexander Lukashenko");
        assertMention(ms, "Minsk", EntityType.LOC, "Minsk");
        assertEquals(EntityType.ORG, find(ms, "TASS").type());
    }

    @Test
    void oneKeyAcrossLanguagesAndScripts() {
        String en = find(mentions("en", "Yesterday Alexander Lukashenko spoke."), "Alexander Lukashenko").entityKey();
        String pl = find(mentions("pl", "Wczoraj Aleksander Łukaszenka przemawiał."), "Aleksander Łukaszenka").entityKey();
        String ru = find(mentions("ru", "Вчера Александр Лукашенко выступил."), "Александр Лукашенко").entityKey();
        String bg = find(mentions("bg", "Вчера Александър Лукашенко говори."), "Александър Лукашенко").entityKey();
        assertEquals(en, pl);
        assertEquals(en, ru);
        assertEquals(en, bg);
    }

    @Test
    void nothingFromPageFurniture() {
        String body = "Wczoraj Władimir Putin przyleciał do Mińska.";
        String text = body + "\nPolecamy: Marek Nowak o Krakowie";
        Content content = new Content(Optional.empty(), List.of(new Span(0, body.length())), List.of(), Optional.empty(), ValueSource.TEXT);
        List<Mention> ms = mentions("pl", text, content);
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Władimir Putin")));
        assertFalse(ms.stream().anyMatch(m -> m.span().end() > body.length()), () -> "furniture mention in " + ms);
    }

    @Test
    void sentenceInitialOrdinaryWordsAreNotNames() {
        List<Mention> ms = mentions("pl", "Według rzecznika Kremla rozmowa była długa. Spotkanie odbędzie się w Soczi.");
        assertFalse(ms.stream().anyMatch(m -> m.text().startsWith("Według") || m.text().startsWith("Spotkanie")), ms::toString);
    }

    @Test
    void anAcronymInParenthesesAfterAnOrganisationNamesIt() {
        String text = "Wczoraj Polska Agencja Prasowa (PAP) podała.";
        Mention full = new Mention(new Span(8, 30), "Polska Agencja Prasowa", EntityType.ORG, "Polska Agencja Prasowa", null, 0.9);
        Mention acronym = new Mention(new Span(32, 35), "PAP", EntityType.ORG, "PAP", null, 0.9);
        assertTrue(EntityLinkingStage.introducesAcronym(text, full, acronym));
        String office = "Biuro WHO w Genewie.";
        Mention outer = new Mention(new Span(0, 9), "Biuro WHO", EntityType.ORG, "Biuro WHO", null, 0.9);
        Mention inner = new Mention(new Span(6, 9), "WHO", EntityType.ORG, "WHO", null, 0.9);
        assertFalse(EntityLinkingStage.introducesAcronym(office, outer, inner), "a mention nested in the name introduces nothing");
    }
}
