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

    @Test
    void polishDigraphsMeetEnglishSpellings() {
        assertEquals(NameKeys.key("Shoigu", "en"), NameKeys.key("Szojgu", "pl"));
        assertEquals(NameKeys.key("Chaika", "en"), NameKeys.key("Czajka", "pl"));
        assertEquals(NameKeys.key("Vovk", "en"), NameKeys.key("Wowk", "pl"));
        assertEquals(NameKeys.key("Shcherbakov", "en"), NameKeys.key("Szczerbakow", "pl"));
    }

    @Test
    void finalVowelsOfLongNamesStillFold() {
        assertEquals(NameKeys.key("Lukashenko", "en"), NameKeys.key("Łukaszenka", "pl"));
        assertEquals(NameKeys.key("Rossiya", "en"), NameKeys.key("Rosja", "pl"));
        assertEquals(NameKeys.key("Rosja", "pl"), NameKeys.key("Россия", "ru"));
        assertEquals(NameKeys.key("Slovenia", "en"), NameKeys.key("Slovenija", "sl"));
        assertEquals(NameKeys.key("Zelensky", "en"), NameKeys.key("Zelenskyy", "en"));
        assertEquals(NameKeys.key("Zelensky", "en"), NameKeys.key("Zelenskyj", "cs"));
        assertEquals(NameKeys.key("Zelensky", "en"), NameKeys.key("Зеленський", "uk"));
    }

    @Test
    void aShortCityIsNotTheCountryWithTheSameStem() {
        assertNotEquals(NameKeys.key("Russia", "en"), NameKeys.key("Ruse", "en"));
        assertNotEquals(NameKeys.key("Россия", "ru"), NameKeys.key("Русе", "bg"));
        assertNotEquals(NameKeys.key("Rusija", "sl"), NameKeys.key("Ruse", "sl"));
    }

    @Test
    void romanNumeralsStayApart() {
        assertNotEquals(NameKeys.key("WWI", "en"), NameKeys.key("WWII", "en"));
        assertNotEquals(NameKeys.key("Elizabeth I", "en"), NameKeys.key("Elizabeth II", "en"));
        assertNotEquals(NameKeys.key("II wojna światowa", "pl"), NameKeys.key("I wojna światowa", "pl"));
    }

    @Test
    void fourLetterWordsKeepTheirVowel() {
        assertNotEquals(NameKeys.key("Ruse", "en"), NameKeys.key("Rus", "en"));
        assertNotEquals(NameKeys.key("Roma", "en"), NameKeys.key("Rom", "en"));
    }

    @Test
    void inflectedRussianEndingsStillFold() {
        assertEquals(NameKeys.key("Россия", "ru"), NameKeys.key("России", "ru"));
        assertEquals(NameKeys.key("Londyn", "pl"), NameKeys.key("Londynu", "pl"));
    }
}
