package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the recognisers know while reading one document: its language and resources, and
 * document-level facts (words seen in lowercase, capitalised forms seen) for one sense per document.
 */
public final class NameContext {

    final String language;
    final Morphology morphology;
    final KnowledgeBase kb;
    final PlaceGazetteer gazetteer;
    final Cues cues;
    final Demonyms demonyms = Demonyms.instance();
    final MentionLemmatizer lemmatizer;
    final List<List<Token>> sentences;
    final Set<String> lowercaseWords = new HashSet<>();
    final Set<String> capitalisedWords = new HashSet<>();
    /** Capitalised words seen inside a sentence, not at its start. */
    final Set<String> midSentenceCapitalised = new HashSet<>();
    private final String text;
    private final Map<String, String> lemmaCache = new HashMap<>();

    NameContext(String text, String language, KnowledgeBase kb, List<List<Token>> sentences, LearnedLemmas learned) {
        this.text = text;
        this.language = language;
        this.morphology = Morphology.forLanguage(language);
        this.kb = kb;
        this.gazetteer = PlaceGazetteer.instance();
        this.cues = Cues.instance();
        this.lemmatizer = new MentionLemmatizer(language, learned);
        this.sentences = sentences;
        for (List<Token> sentence : sentences) {
            for (int i = 0; i < sentence.size(); i++) {
                Token token = sentence.get(i);
                if (!token.isWord()) {
                    continue;
                }
                if (token.isCapitalized()) {
                    capitalisedWords.add(token.text());
                    if (i > 0 && !isOpening(sentence.get(i - 1))) {
                        midSentenceCapitalised.add(token.text());
                    }
                } else {
                    lowercaseWords.add(token.text());
                }
            }
        }
    }

    /** The context of a segmented document (CONTENT, LANGUAGE, TOKENS and SENTENCES present). */
    public static NameContext of(dev.kronika.extract.core.model.Document document, KnowledgeBase kb) {
        return of(document, kb, LearnedLemmas.empty());
    }

    public static NameContext of(dev.kronika.extract.core.model.Document document, KnowledgeBase kb, LearnedLemmas learned) {
        return new NameContext(document.text(), document.language(), kb, SentenceTokens.of(document), learned);
    }

    public String language() {
        return language;
    }

    public List<List<Token>> sentences() {
        return sentences;
    }

    boolean textBetweenHasNewline(Token left, Token right) {
        return text.substring(left.end(), right.begin()).indexOf('\n') >= 0;
    }

    String surface(List<Token> sentence, int first, int end) {
        return text.substring(sentence.get(first).begin(), sentence.get(end - 1).end());
    }

    /** The mention's base form; persons inflect every word, other names their head. */
    String lemma(List<Token> sentence, int first, int end, EntityType type) {
        String surface = surface(sentence, first, end);
        boolean person = type == EntityType.PER;
        return lemmaCache.computeIfAbsent((person ? "P|" : "O|") + surface, k -> {
            List<String> words = new ArrayList<>();
            List<String> separators = new ArrayList<>();
            for (int i = first; i < end; i++) {
                Token token = sentence.get(i);
                if (i > first) {
                    separators.add(text.substring(sentence.get(i - 1).end(), token.begin()));
                }
                words.add(token.text());
            }
            return lemmatizer.lemmatize(words, separators, type, this::known);
        });
    }

    static boolean isOpening(Token token) {
        String t = token.text();
        return !token.isWord() && !token.text().isEmpty() && "\"'«„“”(–—-:".indexOf(t.charAt(0)) >= 0;
    }

    /** True when the name is known: a knowledge-base name, a place, or a capitalised form in this document. */
    boolean known(String name) {
        return capitalisedWords.contains(name) || kb.hasName(name) || gazetteer.hasName(name);
    }

    /**
     * The knowledge base's own spelling of the name in this language when the computed base form
     * is not one: a known entity's name with the same folded key as the mention ("Británii" ->
     * "Británie", "Spojeného království" -> "Spojené království").
     */
    Optional<String> kbSpelling(String surface, String lemma) {
        if (kb.hasName(lemma) || lemma.isEmpty() || Character.isLowerCase(lemma.charAt(0)) != Character.isLowerCase(surface.charAt(0))) {
            return Optional.empty();
        }
        List<KbEntity> candidates = new ArrayList<>(kb.lookup(lemma, language));
        candidates.addAll(kb.lookup(surface, language));
        kb.findByStems(surface, language).ifPresent(candidates::add);
        String lemmaKey = dev.kronika.extract.core.kb.NameKeys.key(lemma, language);
        String surfaceKey = dev.kronika.extract.core.kb.NameKeys.key(surface, language);
        String stemKey = KnowledgeBase.stemKeyOf(surface, language);
        for (KbEntity entity : candidates) {
            for (String name : entity.names().getOrDefault(language, List.of())) {
                String key = dev.kronika.extract.core.kb.NameKeys.key(name, language);
                boolean sameKey = key.equals(lemmaKey) || key.equals(surfaceKey)
                        || (stemKey != null && stemKey.equals(KnowledgeBase.stemKeyOf(name, language)));
                if (sameKey && differsOnlyInEndings(name, surface)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** Word by word, the two differ only in the last three letters: inflection, not spelling ("Wladimir" stays). */
    private static boolean differsOnlyInEndings(String name, String surface) {
        String[] a = name.split("\\s+");
        String[] b = surface.split("\\s+");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            int prefix = 0;
            while (prefix < a[i].length() && prefix < b[i].length() && a[i].charAt(prefix) == b[i].charAt(prefix)) {
                prefix++;
            }
            if (prefix < 2 || prefix < Math.min(a[i].length(), b[i].length()) - 3) {
                return false;
            }
        }
        return true;
    }

    /** A first name of a person in the knowledge base, in any language. */
    boolean isFirstName(String word) {
        return kb.isFirstName(word, language) || FirstNames.instance().isFirstName(language, word);
    }

    /** True when the knowledge base or the gazetteer knows the name (document evidence aside). */
    boolean knownEntityOrPlace(String name) {
        return !kb.lookup(name, language).isEmpty() || gazetteer.find(name, language).isPresent();
    }

    /** True when the knowledge base lists exactly this form in this language, or a place is named exactly so. */
    boolean knownExactly(String name) {
        return !kb.exactIn(name, language).isEmpty() || gazetteer.hasName(name);
    }

    Optional<KbEntity> kbEntity(String name, EntityType preferred) {
        return kb.find(name, language, preferred);
    }

    boolean isStop(String word) {
        return cues.is(Cues.Category.STOP, language, word);
    }

    /**
     * A Latin-script word English writes only in lowercase, as a common word ("Vote", "Leave",
     * "Cockpit"): in a name it does not make a person, as "Hunt" or "Brown", which English also
     * writes as names, can.
     */
    boolean isEnglishCommonWord(String word) {
        Morphology english = Morphology.english();
        return isLatin(word) && english.lookup(word).isEmpty() && !english.lookup(word.toLowerCase(Locale.ROOT)).isEmpty();
    }

    /** A Latin-script word English writes as a proper noun ("Cambridge", "Johnson", "Netflix"). */
    boolean isEnglishName(String word) {
        return isLatin(word) && Morphology.english().lookup(word).stream().anyMatch(a -> a.tag().startsWith("NNP"));
    }

    static boolean isLatin(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    boolean isRole(String word) {
        return cues.is(Cues.Category.ROLE, language, word);
    }

    /** A capitalised word that is, in this document, an ordinary word written at a sentence start. */
    boolean isCommonWord(String word) {
        if (isStop(word) || isRole(word)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lowercaseWords.contains(lower) && !midSentenceCapitalised.contains(word)) {
            return true;
        }
        if (!morphology.isEmpty()) {
            if (morphology.language().equals("ru")) {
                List<Morphology.Analysis> all = morphology.lookup(lower);
                return !all.isEmpty() && all.stream().noneMatch(a -> isProperTag(a.tag()));
            }
            List<Morphology.Analysis> exact = morphology.lookup(word);
            return (exact.isEmpty() || onlyUnknownPlaceReadings(word, exact)) && !morphology.commonReadings(word).isEmpty();
        }
        return false;
    }

    /**
     * The dictionary reads the capitalised word only as some village's name that neither the
     * gazetteer nor the knowledge base knows: "Сторони" (the parties) opening a sentence is the
     * common noun, not a hamlet called Сторона.
     */
    private boolean onlyUnknownPlaceReadings(String word, List<Morphology.Analysis> readings) {
        for (Morphology.Analysis a : readings) {
            if (!a.tag().contains(":geo") || knownEntityOrPlace(a.lemma())) {
                return false;
            }
        }
        return !knownEntityOrPlace(word);
    }

    /** The lowercase form is a word that is not a noun (adverb, verb, preposition...): "Potem", "Według". */
    boolean isFunctionWord(String word) {
        if (morphology.isEmpty()) {
            return false;
        }
        for (Morphology.Analysis a : morphology.lookup(word.toLowerCase(Locale.ROOT))) {
            String t = a.tag();
            if (!(t.startsWith("subst") || t.startsWith("noun") || t.startsWith("NN") || t.startsWith("adj") || t.startsWith("ADJ")
                    || isProperTag(t))) {
                return true;
            }
        }
        return false;
    }

    static boolean isProperTag(String tag) {
        return tag.contains("prop") || tag.contains(":Fam") || tag.contains(":Name") || tag.contains(":Geo") || tag.contains(":Patr");
    }

    /** Morphological evidence that the word is part of a person's name. */
    boolean personWord(String word) {
        if (morphology.isEmpty()) {
            return false;
        }
        for (Morphology.Analysis a : morphology.analyze(word)) {
            String tag = a.tag();
            if (tag.contains("fname") || tag.contains("lname") || tag.contains("patr") || tag.contains(":Fam") || tag.contains(":Name")) {
                return true;
            }
            if (morphology.language().equals("pl") && tag.contains("m1") && !a.lemma().isEmpty()
                    && Character.isUpperCase(a.lemma().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Morphological evidence that the word is a place name. */
    boolean placeWord(String word) {
        if (morphology.isEmpty()) {
            return false;
        }
        for (Morphology.Analysis a : morphology.analyze(word)) {
            String tag = a.tag();
            if (tag.contains(":geo")) {
                return true;
            }
            if (morphology.language().equals("pl") && !a.lemma().isEmpty() && Character.isUpperCase(a.lemma().charAt(0))
                    && tag.startsWith("subst") && !tag.contains("m1")) {
                return true;
            }
        }
        return false;
    }
}
