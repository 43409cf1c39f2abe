package dev.kronika.extract.core.ner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nominative candidates for a name word the dictionary does not know, from case endings per
 * language, most likely first. Callers confirm a candidate against known names when they can.
 * Bulgarian has no cases but a suffixed definite article (-ът, -ят, -та, -то, -те).
 */
final class SuffixRules {

    /**
     * ending -> replacement, longest ending first. A leading '?' marks a rule too unsure to apply
     * unless the result is confirmed; a leading '+' one that holds for names of things, not people.
     */
    private static final Map<String, String[][]> RULES = Map.of(
            "pl", new String[][] {
                    {"ence", "enka"}, {"enki", "enka"}, {"enkę", "enka"}, {"enką", "enka"},
                    {"owi", ""}, {"em", ""}, {"+rze", "r"}, {"?cie", "t"}, {"?dzie", "d"}, {"+ie", ""},
                    {"ą", "a"}, {"ę", "a"}, {"+u", ""}, {"?a", ""}, {"?i", "a"}, {"?y", "a"}, {"?ie", ""}, {"?u", ""}},
            "cs", new String[][] {
                    {"?skem", "sko"}, {"?sku", "sko"}, {"?ska", "sko"}, {"+ii", "ie"}, {"ie", "ie"},
                    {"?ze", "ha"}, {"?ce", "ka"}, {"?ře", "ra"},
                    {"ovi", ""}, {"em", ""}, {"?ou", "a"}, {"?ě", "a"}, {"+u", ""}, {"?a", ""}, {"?y", "a"}, {"?i", "a"}, {"?e", "a"}, {"?u", ""},
                    {"?u", "us"}, {"?em", "us"}, {"?y", "us"}, // Latin -us drops it in the other cases: "koronaviru" -> "koronavirus"
                    {"?ů", ""}, {"?ů", "a"}}, // genitive plural: "konzervativců" -> "konzervativec", "labouristů" -> "labourista"
            "sl", new String[][] {
                    {"?skem", "ska"}, {"?ske", "ska"}, {"?sko", "ska"}, {"?ski", "ska"},
                    {"ovi", ""}, {"om", ""}, {"?em", ""}, {"+u", ""}, {"?a", ""}, {"?i", "a"}, {"?e", "a"}, {"?o", "a"}, {"?u", ""}},
            "ru", new String[][] {
                    {"ым", ""}, {"?ом", ""}, {"?ем", "ь"}, {"?ой", "а"}, {"?ей", "я"}, {"ую", "ая"}, {"?у", ""}, {"?а", ""},
                    {"?е", ""}, {"?ы", "а"}, {"?и", "я"}, {"?ю", "я"}},
            "uk", new String[][] {
                    {"?им", ""}, {"?ом", ""}, {"?ем", "ь"}, {"?ою", "а"}, {"?ею", "я"}, {"?у", ""}, {"?а", ""},
                    {"?і", "а"}, {"?и", "а"}, {"?ю", ""}},
            "bg", new String[][] {
                    {"ът", ""}, {"ят", ""}, {"ата", "а"}, {"ята", "я"}, {"ото", "о"}, {"ето", "е"}, {"ите", "и"}, {"?а", ""}, {"?я", ""}});

    /**
     * Person-only rules, tried before the general ones: women's surnames ("Mayové" -> "Mayová"),
     * possessive adjectives that name a person ("Trumpova", "Mayeva" -> the surname, confirmed
     * only), and the -j- of Slovene names ending in a vowel ("Joeja" -> "Joe").
     */
    private static final Map<String, String[][]> PERSON_RULES = Map.of(
            "cs", new String[][] {
                    {"ovou", "ová"}, {"?ové", "ová"}, {"ího", "í"}, {"ímu", "í"}, {"?ův", ""}, {"?ova", ""}, {"?ovo", ""}, {"?ovy", ""},
                    {"?ových", ""}, {"?ovým", ""}, {"?ově", ""}, {"?ovu", ""}},
            "sl", new String[][] {
                    {"?evega", ""}, {"?ovega", ""}, {"?evem", ""}, {"?ovem", ""}, {"?evim", ""}, {"?ovim", ""}, {"?evih", ""}, {"?ovih", ""},
                    {"?eva", ""}, {"?eve", ""}, {"?evo", ""}, {"?evi", ""}, {"?ova", ""}, {"?ove", ""}, {"?ovo", ""}, {"?ovi", ""},
                    {"?jeva", ""}, {"?jem", ""}, {"?ja", ""}, {"?ju", ""}});

    private SuffixRules() {
    }

    private static String stripMarker(String rule) {
        return rule.charAt(0) == '?' || rule.charAt(0) == '+' ? rule.substring(1) : rule;
    }

    /** Every candidate, most likely first, the word itself included. */
    static List<String> candidates(String language, String word, boolean person) {
        String[][] rules = RULES.get(language);
        Set<String> out = new LinkedHashSet<>();
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (person && PERSON_RULES.containsKey(language)) {
            for (String[] rule : PERSON_RULES.get(language)) {
                String ending = stripMarker(rule[0]);
                if (lower.endsWith(ending) && word.length() - ending.length() >= 2) {
                    String base = word.substring(0, word.length() - ending.length()) + rule[1];
                    out.add(base);
                    out.add(withMobileE(base));
                }
            }
        }
        if (rules != null) {
            for (String[] rule : rules) {
                String ending = stripMarker(rule[0]);
                int stem = word.length() - ending.length();
                // A short stem is enough when the ending puts back letters of its own: "Irskem" -> "Irsko".
                if (lower.endsWith(ending) && (stem >= 3 || (stem >= 2 && stem + rule[1].length() >= 5))) {
                    String base = word.substring(0, stem) + rule[1];
                    out.add(base);
                    if (language.equals("sl") || language.equals("cs")) {
                        out.add(withMobileE(base));
                    }
                }
            }
        }
        out.add(word);
        return new ArrayList<>(out);
    }

    /** The nominative before a dropped vowel: "Merkl" -> "Merkel", "Bidn" -> "Biden". */
    static String withMobileE(String stem) {
        int n = stem.length();
        if (n >= 5 && (stem.endsWith("lj") || stem.endsWith("nj")) && isConsonant(stem.charAt(n - 3))) {
            return stem.substring(0, n - 2) + "e" + stem.substring(n - 2); // "Bruslj" -> "Bruselj"
        }
        if (n >= 4 && isConsonant(stem.charAt(n - 1)) && isConsonant(stem.charAt(n - 2)) && stem.charAt(n - 2) != 'j') {
            return stem.substring(0, n - 1) + "e" + stem.charAt(n - 1);
        }
        return stem;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiouyáéíóúýěůAEIOUY".indexOf(c) < 0;
    }

    /** The form to use when no candidate is confirmed: the first sure rule, else the word. */
    static String guess(String language, String word, boolean person) {
        String[][] rules = RULES.get(language);
        if (rules == null) {
            return word;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (person && PERSON_RULES.containsKey(language)) {
            for (String[] rule : PERSON_RULES.get(language)) {
                if (!rule[0].startsWith("?") && lower.endsWith(rule[0]) && word.length() - rule[0].length() >= 2) {
                    return word.substring(0, word.length() - rule[0].length()) + rule[1];
                }
            }
        }
        for (String[] rule : rules) {
            String pattern = rule[0];
            if (pattern.startsWith("?") || (person && pattern.startsWith("+"))) {
                continue;
            }
            String ending = stripMarker(pattern);
            if (lower.endsWith(ending) && word.length() - ending.length() >= 3) {
                return word.substring(0, word.length() - ending.length()) + rule[1];
            }
        }
        return word;
    }
}
