package dev.kronika.extract.core.kb;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameKeysTest {

    @Test
    void spellingsAndScriptsOfOneSurnameMeet() {
        String key = NameKeys.key("Lukashenko", "en");
        assertEquals(key, NameKeys.key("Łukaszenka", "pl"));
        assertEquals(key, NameKeys.key("Łukaszenko", "pl"));
        assertEquals(key, NameKeys.key("Лукашенко", "ru"));
        assertEquals(key, NameKeys.key("Лукашенко", "bg"));
        assertEquals(key, NameKeys.key("Лукашенко", "uk"));
    }

    @Test
    void polishAndEnglishConventionsFold() {
        assertEquals(NameKeys.key("Peskov", "en"), NameKeys.key("Pieskow", "pl"));
        assertEquals(NameKeys.key("Peskov", "en"), NameKeys.key("Песков", "ru"));
        assertEquals(NameKeys.key("Vladimir", "en"), NameKeys.key("Władimir", "pl"));
        assertEquals(NameKeys.key("Zelensky", "en"), NameKeys.key("Zełenski", "pl"));
        assertEquals(NameKeys.key("Putin", "en"), NameKeys.key("Путін", "uk"));
    }

    @Test
    void differentNamesStayApart() {
        assertNotEquals(NameKeys.key("Putin", "en"), NameKeys.key("Peskov", "en"));
        assertNotEquals(NameKeys.key("Minsk", "en"), NameKeys.key("Moskwa", "pl"));
    }

    @Test
    void cyrillicUsesTheLanguagesBgnRomanisation() {
        assertEquals("Lukashenko", NameKeys.latin("Лукашенко", "ru"));
        assertEquals("Moskva", NameKeys.latin("Москва", "bg"));
    }
}
