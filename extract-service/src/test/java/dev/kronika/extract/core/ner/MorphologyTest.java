package dev.kronika.extract.core.ner;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled dictionaries read words as expected, English included. */
class MorphologyTest {

    @Test
    void englishDictionaryTellsCommonWordsFromNames() {
        Morphology english = Morphology.english();
        assertFalse(english.isEmpty());
        assertTrue(english.lookup("Vote").isEmpty(), "English writes 'vote' in lowercase only");
        assertFalse(english.lookup("vote").isEmpty());
        assertTrue(english.lookup("Cambridge").stream().anyMatch(a -> a.tag().equals("NNP")));
    }

    @Test
    void polishDictionaryGivesLemmas() {
        assertTrue(Morphology.forLanguage("pl").lookup("domu").stream().anyMatch(a -> a.lemma().equals("dom")));
        assertEquals("pl", Morphology.forLanguage("pl").language());
    }
}
