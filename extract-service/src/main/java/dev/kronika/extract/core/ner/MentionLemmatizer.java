package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Base form of a whole mention in the nominative, as a native writer would write it: every word
 * of a person's name is put in the nominative ("Władimirem Putinem" -> "Władimir Putin"); in
 * other names the head noun and the adjectives agreeing with it are, and genitive complements
 * stay ("Partii Niepodległości Wielkiej Brytanii" -> "Partia Niepodległości Wielkiej Brytanii").
 * Words come from the language's dictionary where there is one, otherwise from suffix rules;
 * a candidate base form that names a known entity ({@code known}) wins over a guess.
 */
public final class MentionLemmatizer {

    private static final Set<String> POLISH_APOSTROPHE_ENDINGS = Set.of("a", "owi", "em", "u", "ie", "m", "ego", "emu", "ym", "y");

    private static final java.util.Map<String, java.util.regex.Pattern> ADJECTIVE_ENDINGS = java.util.Map.of(
            "bg", java.util.regex.Pattern.compile("(ски|ска|ско|ския|ският|ската|ското|ни|на|но|ният|ния|ната|ното|ен|ия|ият)$"),
            "cs", java.util.regex.Pattern.compile("(ský|ská|ské|ského|ském|ských|ní|ního|ný|ná|né|ného|ou|ého|ém)$"),
            "sl", java.util.regex.Pattern.compile("(ski|ska|sko|skega|ske|skem|ni|na|no|nega|ne|nem)$"));
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s$");

    private static final Set<String> SHARED_PERSON_ENDINGS = Set.of("a", "owi", "em", "om", "ovi", "ым", "ом", "ем", "у", "а", "ові", "ja", "jem", "jom");

    private final String language;
    private final Morphology morphology;
    private final LearnedLemmas learned;

    public MentionLemmatizer(String language) {
        this(language, LearnedLemmas.empty());
    }

    public MentionLemmatizer(String language, LearnedLemmas learned) {
        this.language = language;
        this.morphology = Morphology.forLanguage(language);
        this.learned = learned;
    }

    /** Words of a mention and the separators between them (separators.size() == words.size() - 1). */
    public String lemmatize(List<String> words, List<String> separators, EntityType type, Predicate<String> known) {
        int last = words.size() - 1;
        if (last >= 2 && words.get(last - 1).equals(".") && RuleRecognizer.isTopLevelDomain(words.get(last))) {
            return join(words, separators); // a web address does not inflect: "BiznesAlert.pl"
        }
        List<String> out = new ArrayList<>(words.size());
        if (type == EntityType.PER) {
            for (String w : words) {
                out.add(lemmaOfWord(w, true, known));
            }
            agreePersonWords(words, out);
        } else {
            boolean headSeen = false;
            String headCase = null;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (w.equals(".") || (i + 1 < words.size() && words.get(i + 1).equals(".") && separators.get(i).isEmpty())) {
                    out.add(w); // an abbreviation ("Wlk.", "W.") is written as it is and is not the head
                    continue;
                }
                if (!headSeen) {
                    WordReading reading = read(w);
                    String lemma = language.equals("bg") && reading.adjective && i < words.size() - 1
                            && Character.isLetter(words.get(i + 1).codePointAt(0)) // "Македония-3" is no adjective before a noun
                            ? bulgarianIndefinite(w) : lemmaOfWord(w, false, known);
                    out.add(lemma);
                    if (reading.noun || !reading.adjective) {
                        headSeen = true;
                        headCase = reading.cases;
                    }
                } else {
                    WordReading reading = read(w);
                    if (reading.adjective && headCase != null && sharesCase(reading.cases, headCase)) {
                        out.add(lemmaOfWord(w, false, known));
                    } else {
                        break;
                    }
                }
            }
            for (int i = out.size(); i < words.size(); i++) {
                out.add(words.get(i));
            }
            agreeAdjectives(words, out);
        }
        String whole = join(out, separators);
        if (type != EntityType.PER && (language.equals("cs") || language.equals("sl")) && words.size() > 1 && words.size() <= 3
                && !known.test(whole)) {
            String confirmed = knownCombination(words, separators, known);
            if (confirmed != null) {
                return confirmed;
            }
        }
        if (type != EntityType.PER && words.size() > 1 && !known.test(whole)) {
            // A multi-word place or organisation whose every word inflects ("Sankt Petersburgu").
            String allWords = lemmatize(words, separators, EntityType.PER, known);
            if (known.test(allWords)) {
                return allWords;
            }
        }
        return whole;
    }

    /**
     * The words of a name share its case: when the first name shows a case ending
     * ("Donalda", "Майкла"), a surname the resources left unchanged loses the same ending
     * ("Trumpa" -> "Trump"); a Russian or Ukrainian woman's surname keeps its feminine form
     * ("Марии Захаровой" -> "Мария Захарова", not the masculine dictionary lemma).
     */
    private void agreePersonWords(List<String> words, List<String> out) {
        if (words.size() < 2 || language.equals("en") || language.equals("bg")) {
            return;
        }
        String last = words.get(words.size() - 1);
        if (language.equals("cs") && last.endsWith("ové") && out.get(out.size() - 1).equals(last)) {
            // After a first name, "-ové" is a woman's surname ("Theresy Mayové"), not a plural ("Britové").
            out.set(out.size() - 1, last.substring(0, last.length() - 3) + "ová");
        }
        String first = words.get(0);
        String firstLemma = out.get(0);
        if (first.startsWith(firstLemma) && first.length() > firstLemma.length()) {
            String ending = first.substring(firstLemma.length());
            if (SHARED_PERSON_ENDINGS.contains(ending)) {
                for (int i = 1; i < words.size(); i++) {
                    String w = words.get(i);
                    if (out.get(i).equals(w) && w.endsWith(ending) && w.length() > ending.length() + 2
                            && !isAcronym(w)) {
                        out.set(i, w.substring(0, w.length() - ending.length()));
                    }
                }
            }
        }
        if ((language.equals("ru") || language.equals("uk")) && (firstLemma.endsWith("а") || firstLemma.endsWith("я"))) {
            for (int i = 1; i < words.size(); i++) {
                String lemma = out.get(i);
                if (lemma.matches(".*(ов|ев|ин|ын|ёв|їн|ів)") && !words.get(i).equals(lemma)) {
                    out.set(i, lemma + "а");
                } else if (lemma.matches(".*(ский|цкий)")) {
                    out.set(i, lemma.substring(0, lemma.length() - 2) + "ая");
                }
            }
        }
    }

    // The neuter "-ото" stays: "Обединеното кралство" is written so as a name.
    private static final String[][] BULGARIAN_ADJECTIVE_ARTICLES = {{"ият", "и"}, {"ия", "и"}, {"ата", "а"}, {"ите", "и"}};

    /** A Bulgarian adjective without its definite article: "Европейския" -> "Европейски", "Консервативната" -> "Консервативна". */
    static String bulgarianIndefinite(String word) {
        for (String[] rule : BULGARIAN_ADJECTIVE_ARTICLES) {
            if (word.endsWith(rule[0]) && word.length() > rule[0].length() + 3
                    && (!rule[0].startsWith("и") || "кнвщж".indexOf(word.charAt(word.length() - rule[0].length() - 1)) >= 0)) {
                String base = word.substring(0, word.length() - rule[0].length()) + rule[1];
                return rule[1].equals("и") && !word.endsWith("ите") ? bulgarianMasculine(base) : base;
            }
        }
        return word;
    }

    /** The masculine indefinite adjective: "Върховни-" -> "Върховен", "Смарагдови-" -> "Смарагдов"; "-ски" stays. */
    private static String bulgarianMasculine(String base) {
        int n = base.length();
        if (base.endsWith("ски") || base.endsWith("цки") || n < 5) {
            return base;
        }
        if (base.endsWith("ови") || base.endsWith("еви")) {
            return base.substring(0, n - 1);
        }
        char beforeN = base.charAt(n - 3);
        if (base.endsWith("ни") && "аеиоуъюяАЕИОУЪЮЯ".indexOf(beforeN) < 0) {
            return base.substring(0, n - 2) + "ен";
        }
        return base;
    }

    private static final java.util.Map<String, String[][]> ADJECTIVE_BASES = java.util.Map.of(
            "cs", new String[][] {{"ého", "ý", "é"}, {"ému", "ý", "é"}, {"ém", "ý", "é"}, {"ým", "ý", "é"}, {"ých", "ý", "á", "é"},
                    {"ými", "é", "á", "ý"}, {"ou", "á"}, {"é", "á", "ý", "é"}, {"ího", "í"}, {"ím", "í"}},
            "sl", new String[][] {{"ega", "i", "o"}, {"emu", "i", "o"}, {"em", "i", "o"}, {"im", "i", "o"}, {"ih", "i", "a", "o"},
                    {"imi", "i", "a"}, {"o", "a", "o"}, {"e", "a"}, {"i", "a", "i"}});

    /**
     * Without a dictionary, the base form of a two- or three-word name is the combination of the
     * words' candidate base forms that the knowledge base or the gazetteer knows ("Evropské unii" ->
     * "Evropská unie", "Črnega morja" -> "Črno morje"); null when none is.
     */
    /** The words with their separators, any run of whitespace written as one space. */
    private static String join(List<String> words, List<String> separators) {
        StringBuilder lemma = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                String separator = separators.get(i - 1);
                lemma.append(separator.isEmpty() ? "" : separator.isBlank() ? " " : separator);
            }
            lemma.append(words.get(i));
        }
        return lemma.toString();
    }

    private String knownCombination(List<String> words, List<String> separators, Predicate<String> known) {
        List<List<String>> options = new ArrayList<>();
        for (String w : words) {
            java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>();
            for (String[] rule : ADJECTIVE_BASES.getOrDefault(language, new String[0][])) {
                if (w.endsWith(rule[0]) && w.length() > rule[0].length() + 2) {
                    for (int k = 1; k < rule.length; k++) {
                        forms.add(w.substring(0, w.length() - rule[0].length()) + rule[k]);
                    }
                }
            }
            for (String c : SuffixRules.candidates(language, w, false)) {
                forms.add(c);
                forms.add(SuffixRules.withMobileE(c));
            }
            if (language.equals("cs") && w.endsWith("ií")) {
                forms.add(w.substring(0, w.length() - 2) + "ie");
            }
            if (language.equals("sl") && w.endsWith("a") && w.length() > 4) {
                forms.add(w.substring(0, w.length() - 1) + "e"); // "morja" -> "morje"
            }
            if (w.endsWith("em") && w.length() > 4) {
                forms.add(w.substring(0, w.length() - 1)); // a neuter noun's instrumental: "morjem" -> "morje", "mořem" -> "moře"
            }
            options.add(new ArrayList<>(forms));
        }
        int[] index = new int[words.size()];
        int tried = 0;
        while (tried++ < 600) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    String separator = separators.get(i - 1);
                    sb.append(separator.isEmpty() ? "" : separator.isBlank() ? " " : separator);
                }
                sb.append(options.get(i).get(index[i]));
            }
            String candidate = sb.toString();
            if (known.test(candidate)) {
                return candidate;
            }
            int k = words.size() - 1;
            while (k >= 0 && ++index[k] == options.get(k).size()) {
                index[k] = 0;
                k--;
            }
            if (k < 0) {
                return null;
            }
        }
        return null;
    }

    /** Russian and Ukrainian dictionary tags of surnames and given names. */
    private static final java.util.regex.Pattern SURNAME_TAG = java.util.regex.Pattern.compile("^NN:(Fam|Name|Patr)|:lname|:fname");

    private record WordReading(boolean noun, boolean adjective, String cases) {
    }

    private WordReading read(String word) {
        boolean noun = false;
        boolean adjective = false;
        StringBuilder cases = new StringBuilder();
        List<Morphology.Analysis> analyses = morphology.analyze(word);
        boolean anyAdjective = analyses.stream().anyMatch(a -> a.tag().startsWith("adj") || a.tag().startsWith("ADJ"));
        for (Morphology.Analysis a : analyses) {
            String tag = a.tag();
            if (anyAdjective && SURNAME_TAG.matcher(tag).find()) {
                continue; // "Балтийского моря": an adjective that is also someone's surname reads as the adjective in a name of a thing
            }
            if (tag.startsWith("subst") || tag.startsWith("noun") || tag.startsWith("NN")) {
                noun = true;
            } else if (tag.startsWith("adj") || tag.startsWith("ADJ")) {
                adjective = true;
            }
            cases.append(' ').append(tag);
        }
        if (morphology.isEmpty()) {
            adjective = looksAdjective(word);
            noun = !adjective;
        }
        return new WordReading(noun, adjective, cases.toString());
    }

    private boolean looksAdjective(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        java.util.regex.Pattern pattern = ADJECTIVE_ENDINGS.get(language);
        return pattern != null && w.length() > 4 && pattern.matcher(w).find();
    }

    private static final java.util.regex.Pattern POLISH_NUMBER_CASE = java.util.regex.Pattern.compile("(sg|pl):((?:nom|gen|dat|acc|inst|loc|voc)(?:\\.(?:nom|gen|dat|acc|inst|loc|voc))*)");

    private boolean sharesCase(String a, String b) {
        if (language.equals("pl")) {
            java.util.Set<String> left = polishNumberCases(a);
            java.util.Set<String> head = polishNumberCases(b);
            // Names are singular unless the head can only be plural ("Stanów Zjednoczonych").
            if (head.stream().anyMatch(p -> p.startsWith("sg:"))) {
                head.removeIf(p -> p.startsWith("pl:"));
            }
            for (String pair : head) {
                if (left.contains(pair)) {
                    return true;
                }
            }
            return false;
        }
        return sharesAnyCase(a, b);
    }

    private static java.util.Set<String> polishNumberCases(String tags) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = POLISH_NUMBER_CASE.matcher(tags);
        while (m.find()) {
            for (String c : m.group(2).split("\\.")) {
                out.add(m.group(1) + ":" + c);
            }
        }
        return out;
    }

    private static boolean sharesAnyCase(String a, String b) {
        for (String c : new String[] {":nom", ":gen", ":dat", ":acc", ":inst", ":loc", "v_naz", "v_rod", "v_dav", "v_zna", "v_oru", "v_mis", ":Nom", ":R", ":D", ":V", ":T", ":P"}) {
            if (a.contains(c) && b.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** The nominative form of one word of a name. */
    public String lemmaOfWord(String word, boolean person, Predicate<String> known) {
        if (word.length() > 1 && isAcronym(word)) {
            return word;
        }
        if (Character.isUpperCase(word.charAt(word.length() - 1))) {
            return word; // "BiełTA", "McDonaldS": a final capital is part of the name, not an ending
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 1 && isAcronym(word.substring(0, hyphen))) {
            return word.substring(0, hyphen);
        }
        if (language.equals("en")) {
            return POSSESSIVE.matcher(word).replaceFirst("");
        }
        Optional<String> seen = learned.word(language, person, word);
        if (seen.isPresent()) {
            return seen.get();
        }
        if (language.equals("bg") && Character.isLowerCase(word.charAt(0))) {
            return SuffixRules.guess(language, word, person); // "агенция", "партия" are nominatives, not "-я" forms
        }
        int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
        if (apostrophe > 0 && POLISH_APOSTROPHE_ENDINGS.contains(word.substring(apostrophe + 1))) {
            return word.substring(0, apostrophe);
        }
        String confirmed = null;
        for (String candidate : SuffixRules.candidates(language, word, person)) {
            if (!candidate.equals(word) && known.test(candidate)) {
                confirmed = candidate;
                break;
            }
        }
        if (!morphology.isEmpty()) {
            String fromDictionary = dictionaryLemma(word, person, known);
            if (fromDictionary != null && person) {
                Optional<String> feminine = listedFeminineName(word, fromDictionary);
                if (feminine.isPresent()) {
                    return feminine.get();
                }
            }
            if (fromDictionary != null) {
                return confirmed != null && !fromDictionary.equals(word) && !known.test(fromDictionary) ? confirmed : fromDictionary;
            }
        }
        if (confirmed != null) {
            return confirmed;
        }
        Optional<String> bySuffix = learned.bySuffix(language, person, word);
        if (bySuffix.isPresent()) {
            return bySuffix.get();
        }
        return SuffixRules.guess(language, word, person);
    }

    /** Russian and Ukrainian case endings of women's names in -ия / -ія, with the nominative's ending. */
    private static final Map<String, String[][]> FEMININE_IYA_ENDINGS = Map.of(
            "ru", new String[][] {{"ией", "ия"}, {"ии", "ия"}, {"ию", "ия"}, {"ие", "ия"}, {"ия", "ия"}},
            "uk", new String[][] {{"ією", "ія"}, {"ії", "ія"}, {"ію", "ія"}, {"іє", "ія"}, {"ія", "ія"}});

    /**
     * A woman's given name the lexicon lists, where the dictionary only knows a rare man's name of
     * the same stem: "Асии", "Асию" are forms of "Асия", not of "Асий". Names both lexicons give
     * a man ("Валерия" of "Валерий") keep the dictionary's reading.
     */
    private Optional<String> listedFeminineName(String word, String dictionaryLemma) {
        String[][] endings = FEMININE_IYA_ENDINGS.get(language);
        if (endings == null) {
            return Optional.empty();
        }
        FirstNames names = FirstNames.instance();
        if (names.gender(language, dictionaryLemma).filter(g -> g == FirstNames.Gender.MALE).isPresent()) {
            return Optional.empty();
        }
        for (String[] ending : endings) {
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 1) {
                String nominative = word.substring(0, word.length() - ending[0].length()) + ending[1];
                if (!nominative.equals(dictionaryLemma)
                        && names.gender(language, nominative).filter(g -> g == FirstNames.Gender.FEMALE).isPresent()) {
                    return Optional.of(nominative);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isOnlyVocative(String tag) {
        return tag.contains("voc") && !tag.contains("nom") && !tag.contains("gen") && !tag.contains("acc")
                && !tag.contains("dat") && !tag.contains("inst") && !tag.contains("loc");
    }

    private String dictionaryLemma(String word, boolean person, Predicate<String> known) {
        List<Morphology.Analysis> analyses = morphology.analyze(word);
        if (analyses.isEmpty()) {
            return null;
        }
        boolean capital = Character.isUpperCase(word.charAt(0));
        Morphology.Analysis best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Morphology.Analysis a : analyses) {
            String tag = a.tag();
            int score = 0;
            boolean proper = tag.contains("prop") || tag.contains(":Fam") || tag.contains(":Name")
                    || (!a.lemma().isEmpty() && Character.isUpperCase(a.lemma().charAt(0)));
            if (capital && proper) {
                score += 4;
            }
            if (person && (tag.contains("m1") || tag.contains("fname") || tag.contains("lname") || tag.contains(":Fam") || tag.contains(":Name") || tag.contains(":anim"))) {
                score += 2;
            }
            if (!person && (tag.contains(":geo") || tag.contains("Inanim") || tag.contains("m3") || tag.contains("inanim"))) {
                score += 1;
            }
            if (!person && tag.contains("m1")) {
                score -= 2; // "Niemiec" in a place name is Germany ("Niemcy"), not a German
            }
            if (!person && Cues.instance().is(Cues.Category.ORGHEAD, language, a.lemma())) {
                score += 5; // "Rady" in a name is the council ("Rada"), not a proper noun "Rad"
            }
            if (tag.startsWith("subst") || tag.startsWith("noun") || tag.startsWith("NN")) {
                score += 1;
            }
            if (known.test(Morphology.recase(a.lemma(), word))) {
                score += 3;
            }
            if (a.lemma().equalsIgnoreCase(word) && isNominative(tag)) {
                score += 1;
            }
            if (tag.contains(":alt") || tag.contains(":bad")) {
                score -= 1;
            }
            if (isOnlyVocative(tag)) {
                score -= 3; // news names people in other cases: "Nato" is NATO, not the vocative of "Nata"
            }
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        String lemma = Morphology.recase(best.lemma(), word);
        if (person && language.equals("pl") && best.tag().startsWith("subst") && best.tag().contains("m1")
                && analyses.stream().noneMatch(a -> a.tag().contains("sg"))) {
            String plural = polishNominativePlural(best.lemma());
            if (plural != null) {
                return Morphology.recase(plural, word); // a group keeps its number: "Polaków" -> "Polacy"
            }
        }
        if (language.equals("pl") && best.tag().startsWith("adj")) {
            // From the word itself, keeping its degree: "Najwyższej" -> "Najwyższy", not the positive "wysoki".
            return Morphology.recase(polishMasculineAdjective(word.toLowerCase(Locale.ROOT), best.lemma()), word);
        }
        return lemma;
    }

    private static final String[][] POLISH_PLURAL_RULES = {
            {"anin", "anie"}, {"czyk", "czycy"}, {"ik", "icy"}, {"k", "cy"}, {"ch", "si"}, {"g", "dzy"}, {"t", "ci"}, {"z", "zi"},
            {"r", "rzy"}, {"n", "ni"}, {"", "owie"}, {"", "i"}, {"", "y"}};

    /** The nominative plural of a Polish personal noun, confirmed by the dictionary. */
    private String polishNominativePlural(String lemma) {
        for (String[] rule : POLISH_PLURAL_RULES) {
            if (!lemma.endsWith(rule[0])) {
                continue;
            }
            String candidate = lemma.substring(0, lemma.length() - rule[0].length()) + rule[1];
            for (Morphology.Analysis a : morphology.lookup(candidate)) {
                if (a.lemma().equals(lemma) && a.tag().contains("pl:nom")) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static final String[] POLISH_ADJECTIVE_ENDINGS = {"iego", "iemu", "ymi", "imi", "ych", "ich", "ego", "emu", "iej", "ej", "ym", "im", "ie", "ia", "ią", "ą", "a", "e", "y", "i"};

    static String polishMasculineAdjective(String word, String dictionaryLemma) {
        for (String ending : POLISH_ADJECTIVE_ENDINGS) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                String stem = word.substring(0, word.length() - ending.length());
                boolean soft = ending.startsWith("i") || stem.endsWith("k") || stem.endsWith("g");
                return stem + (soft ? "i" : "y");
            }
        }
        return dictionaryLemma;
    }

    private static boolean isNominative(String tag) {
        return tag.contains(":nom") || tag.contains("v_naz") || tag.contains(":Nom");
    }

    /**
     * Dictionary lemmas of adjectives are masculine; a name's adjectives take the gender of its
     * head noun ("Wielkiej Brytanii" -> "Wielka Brytania", "Государственной Думы" -> "Государственная Дума").
     */
    private void agreeAdjectives(List<String> words, List<String> out) {
        if (morphology.isEmpty()) {
            return;
        }
        String headGender = null;
        int headIndex = -1;
        for (int i = 0; i < words.size(); i++) {
            WordReading r = read(words.get(i));
            if (r.noun && !r.adjective) {
                headGender = gender(words.get(i), out.get(i));
                headIndex = i;
                break;
            }
        }
        if (headGender == null) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            if (i == headIndex) {
                continue;
            }
            WordReading r = read(words.get(i));
            if (r.adjective && !r.noun && !out.get(i).equals(words.get(i)) || r.adjective && !r.noun && i < headIndex) {
                out.set(i, Morphology.recase(inflectAdjective(out.get(i).toLowerCase(Locale.ROOT), headGender), words.get(i)));
            }
        }
    }

    /** The gender of the head noun in the reading whose lemma was chosen ("Rady" as "Rada", not "Rad"). */
    private String gender(String noun, String chosenLemma) {
        List<Morphology.Analysis> readings = new ArrayList<>(morphology.analyze(noun));
        readings.sort(java.util.Comparator.comparing(a -> a.lemma().equalsIgnoreCase(chosenLemma) ? 0 : 1));
        for (Morphology.Analysis a : readings) {
            String t = a.tag();
            if (!(t.startsWith("subst") || t.startsWith("noun") || t.startsWith("NN"))) {
                continue;
            }
            if (t.contains(":f") && (t.contains(":f:") || t.endsWith(":f") || t.contains(":f+")) || t.contains(":Fem")) {
                return "f";
            }
            if (t.contains(":n1") || t.contains(":n2") || t.contains(":n:") || t.endsWith(":n") || t.contains(":Neut")) {
                return "n";
            }
            if (t.contains(":p") && language.equals("uk") && t.contains(":p:")) {
                return "p";
            }
            return "m";
        }
        return "m";
    }

    private String inflectAdjective(String masculine, String gender) {
        if (gender.equals("m")) {
            return masculine;
        }
        switch (language) {
            case "pl":
                if (masculine.endsWith("i") || masculine.endsWith("y")) {
                    String stem = masculine.substring(0, masculine.length() - 1);
                    if (gender.equals("f")) {
                        return stem + (masculine.endsWith("i") && !stem.endsWith("k") && !stem.endsWith("g") ? "ia" : "a");
                    }
                    return stem + (masculine.endsWith("i") ? "ie" : "e");
                }
                return masculine;
            case "ru":
                if (masculine.endsWith("ый") || masculine.endsWith("ой") || masculine.endsWith("ий")) {
                    String stem = masculine.substring(0, masculine.length() - 2);
                    boolean soft = masculine.endsWith("ий") && !stem.isEmpty() && "кгхжшчщ".indexOf(stem.charAt(stem.length() - 1)) < 0;
                    if (gender.equals("f")) {
                        return stem + (soft ? "яя" : "ая");
                    }
                    return stem + (soft || (!stem.isEmpty() && "жшчщ".indexOf(stem.charAt(stem.length() - 1)) >= 0) ? "ее" : "ое");
                }
                return masculine;
            case "uk":
                if (masculine.endsWith("ий") || masculine.endsWith("ій")) {
                    String stem = masculine.substring(0, masculine.length() - 2);
                    boolean soft = masculine.endsWith("ій");
                    if (gender.equals("f")) {
                        return stem + (soft ? "я" : "а");
                    }
                    if (gender.equals("n")) {
                        return stem + (soft ? "є" : "е");
                    }
                    return stem + (soft ? "і" : "і");
                }
                return masculine;
            default:
                return masculine;
        }
    }

    static boolean isAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLetter(c)) {
                return false;
            }
        }
        return upper >= 2 || (upper == 1 && word.length() == 1);
    }
}
