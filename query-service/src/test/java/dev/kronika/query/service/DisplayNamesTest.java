package dev.kronika.query.service;

import dev.kronika.query.repository.EntityRepository.LemmaUse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The name an entity is shown by follows the reader's language, not the article that came first. */
class DisplayNamesTest {

    private static final List<LemmaUse> BERLIN_LEMMAS = List.of(
            new LemmaUse(4, "cs", "Berlín", 3),
            new LemmaUse(4, "en", "Berlin", 2),
            new LemmaUse(4, "ru", "Берлин", 2));

    @Test
    void theKnowledgeBaseNameInTheReadersLanguageComesFirst() {
        Map<String, String> labels = Map.of("en", "Berlin", "cs", "Berlín", "uk", "Берлін");

        assertEquals("Berlin", DisplayNames.choose("en", labels, BERLIN_LEMMAS, false, "Berlín"));
        assertEquals("Берлін", DisplayNames.choose("uk", labels, BERLIN_LEMMAS, false, "Berlín"));
    }

    @Test
    void withoutTheReadersLanguageTheKnowledgeBaseGivesEnglish() {
        assertEquals("Berlin", DisplayNames.choose("sl", Map.of("en", "Berlin", "cs", "Berlín"), BERLIN_LEMMAS, false, "Berlín"));
    }

    @Test
    void withoutTheKnowledgeBaseArticlesInTheReadersLanguageDecide() {
        assertEquals("Berlin", DisplayNames.choose("en", Map.of(), BERLIN_LEMMAS, false, "Berlín"));
        assertEquals("Берлин", DisplayNames.choose("ru", Map.of(), BERLIN_LEMMAS, false, "Berlín"));
    }

    @Test
    void aLanguageNoArticleIsWrittenInFallsBackToEnglishArticlesThenTheStoredName() {
        assertEquals("Berlin", DisplayNames.choose("bg", Map.of(), BERLIN_LEMMAS, false, "Berlín"));
        assertEquals("Berlín", DisplayNames.choose("bg", Map.of(), List.of(new LemmaUse(4, "cs", "Berlín", 3)), false, "Berlín"));
    }

    @Test
    void aPersonIsShownByTheFullestFormAPlaceByTheMostUsed() {
        List<LemmaUse> macron = List.of(new LemmaUse(1, "en", "Macron", 5), new LemmaUse(1, "en", "Emmanuel Macron", 1));
        List<LemmaUse> germany = List.of(new LemmaUse(6, "en", "Germany", 4), new LemmaUse(6, "en", "Federal Republic", 1));

        assertEquals("Emmanuel Macron", DisplayNames.choose("en", Map.of(), macron, true, "Macron"));
        assertEquals("Germany", DisplayNames.choose("en", Map.of(), germany, false, "Federal Republic"));
    }

    @Test
    void anEmptyOrRegionalLanguageMeansItsPrimaryLanguage() {
        assertEquals("en", DisplayNames.language(null));
        assertEquals("en", DisplayNames.language(" "));
        assertEquals("en", DisplayNames.language("en-GB"));
        assertEquals("pl", DisplayNames.language("PL"));
    }
}
