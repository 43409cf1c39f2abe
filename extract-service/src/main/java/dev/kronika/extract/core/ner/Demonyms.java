package dev.kronika.extract.core.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nouns naming a country's people ("Brytyjczyków", "британците", "Němci"), from the resource
 * {@code ner/demonyms.tsv} (nominative singular, plural and feminine per language and country).
 * Every case form is generated from those three with the language's noun endings, so a form
 * maps to its nominative of the same number and to the country it belongs to. Immutable once built.
 */
final class Demonyms {

    /** A case form's nominative ("Brytyjczycy" for "Brytyjczyków") and its country's knowledge-base id. */
    record Reading(String lemma, String countryId) {
    }

    // Masculine singular case endings, added to the singular's stem.
    private static final Map<String, List<String>> SINGULAR = Map.of(
            "pl", List.of("a", "owi", "em", "iem", "u", "ie"),
            "cs", List.of("a", "ovi", "em", "e", "i", "u"),
            "sl", List.of("a", "u", "om", "em", "e"),
            "ru", List.of("а", "у", "ом", "ем", "е", "я", "ю"),
            "uk", List.of("а", "я", "у", "ю", "ові", "еві", "ом", "ем", "і", "е"),
            "bg", List.of("а", "ът", "я", "ят"),
            "en", List.of("'s"));
    // Plural case endings, added to the plural's stem (and, in Polish and Czech, to the singular's).
    private static final Map<String, List<String>> PLURAL = Map.of(
            "pl", List.of("ów", "om", "ami", "ach", "y", "i", "ie"),
            "cs", List.of("ů", "ům", "y", "e", "ech", "ích", "ími", "emi", "ové", "é", "i", "y"),
            "sl", List.of("ov", "ev", "om", "em", "e", "ih", "i", "ami", "ema"),
            "ru", List.of("ев", "ов", "ей", "ам", "ами", "ах", "ям", "ями", "ях", "ы", "и", "е"),
            "uk", List.of("ів", "їв", "ей", "ам", "ами", "ах", "ям", "ями", "ях", "и", "і"),
            "bg", List.of("те", "ите"),
            "en", List.of("'"));
    private static final Map<String, List<String>> FEMININE = Map.of(
            "pl", List.of("i", "y", "ę", "ą", "e"),
            "cs", List.of("y", "e", "ě", "u", "ou"),
            "sl", List.of("e", "i", "o"),
            "ru", List.of("и", "ы", "е", "у", "ой", "ою"),
            "uk", List.of("и", "і", "у", "ою", "ої"),
            "bg", List.of("та"),
            "en", List.of("'s"));
    private static final String VOWELS = "aeiouyáéíóúýěůąęаеиоуыэюяіїєьйъ";

    // Built after the ending tables it reads.
    private static final Demonyms INSTANCE = load();

    private final Map<String, Reading> byForm;

    private Demonyms(Map<String, Reading> byForm) {
        this.byForm = Map.copyOf(byForm);
    }

    static Demonyms instance() {
        return INSTANCE;
    }

    /** The reading of a word as a demonym of the language, if it is one. */
    Optional<Reading> find(String language, String word) {
        return Optional.ofNullable(byForm.get(language + "|" + word));
    }

    private static Demonyms load() {
        Map<String, Reading> byForm = new HashMap<>();
        List<String[]> entries = LexiconFile.rows("/ner/demonyms.tsv").orElse(List.of());
        // Nominatives first, so that no generated form of another entry displaces them.
        for (String[] e : entries) {
            for (int column = 2; column <= 4 && column < e.length; column++) {
                byForm.putIfAbsent(e[0] + "|" + e[column], new Reading(e[column], e[1]));
            }
        }
        for (String[] e : entries) {
            if (e.length >= 5) {
                addForms(byForm, e[0], e[1], e[2], e[3], e[4]);
            }
        }
        return new Demonyms(byForm);
    }

    private static void addForms(Map<String, Reading> byForm, String language, String country, String singular, String plural, String feminine) {
        String prefix = language + "|";
        Reading pl = new Reading(plural, country);
        for (String stem : pluralStems(language, singular, plural)) {
            for (String ending : PLURAL.getOrDefault(language, List.of())) {
                byForm.putIfAbsent(prefix + stem + ending, pl);
            }
        }
        Reading sg = new Reading(singular, country);
        for (String stem : singularStems(singular)) {
            for (String ending : SINGULAR.getOrDefault(language, List.of())) {
                byForm.putIfAbsent(prefix + stem + ending, sg);
            }
        }
        Reading f = new Reading(feminine, country);
        String feminineStem = endsWithVowel(feminine) ? feminine.substring(0, feminine.length() - 1) : feminine;
        for (String ending : FEMININE.getOrDefault(language, List.of())) {
            byForm.putIfAbsent(prefix + feminineStem + ending, f);
        }
    }

    /** "Niemiec" -> "Niemc", "британец" -> "британц": the mobile vowel of -ec goes in the other cases. */
    private static List<String> singularStems(String singular) {
        String stem = endsWithVowel(singular) ? singular.substring(0, singular.length() - 1) : singular;
        for (String suffix : List.of("iec", "ец", "ec")) {
            if (stem.endsWith(suffix)) {
                return List.of(stem, stem.substring(0, stem.length() - suffix.length()) + suffix.charAt(suffix.length() - 1));
            }
        }
        return List.of(stem);
    }

    private static List<String> pluralStems(String language, String singular, String plural) {
        String stem = plural;
        for (String ending : List.of("ové", "ie", "é", "i", "y", "e", "ы", "и", "і", "е", "s")) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= 3) {
                stem = stem.substring(0, stem.length() - ending.length());
                break;
            }
        }
        if (language.equals("bg")) {
            return List.of(plural.substring(0, plural.length() - 1)); // "британци" -> "британц" + "ите"
        }
        if (language.equals("pl") || language.equals("cs")) {
            return List.of(stem, singular); // "Brytyjczyk" + "ów", "Brit" + "ů"
        }
        return List.of(stem);
    }

    private static boolean endsWithVowel(String word) {
        return !word.isEmpty() && VOWELS.indexOf(Character.toLowerCase(word.charAt(word.length() - 1))) >= 0;
    }
}
