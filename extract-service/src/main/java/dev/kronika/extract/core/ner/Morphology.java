package dev.kronika.extract.core.ner;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Word analyses (lemma and tag) from a language's morfologik dictionary: PoliMorf for Polish,
 * VESUM for Ukrainian, LanguageTool's Russian dictionary. The dictionaries are used directly,
 * without LanguageTool's pipeline. Lookups are thread-safe: a lookup object is made per thread
 * because {@link DictionaryLookup} reuses internal buffers.
 */
public final class Morphology {

    /** One reading of a word. */
    public record Analysis(String lemma, String tag) {
    }

    private static final Map<String, String> RESOURCES = Map.of(
            "pl", "/morfologik/stemming/polish/polish.dict",
            "uk", "/org/languagetool/resource/uk/ukrainian.dict",
            "ru", "/org/languagetool/resource/ru/russian.dict",
            "en", "/org/languagetool/resource/en/english.dict");
    private static final Morphology NONE = new Morphology(null, "");

    private final Dictionary dictionary;
    private final String language;
    private final ThreadLocal<DictionaryLookup> lookups;
    /** Names and news words repeat: a bounded memo of lookups saves most of the FSA walks. */
    private final java.util.concurrent.ConcurrentHashMap<String, List<Analysis>> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    private Morphology(Dictionary dictionary, String language) {
        this.dictionary = dictionary;
        this.language = language;
        this.lookups = dictionary == null ? null : ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** The morphology of a language, or one that knows no words. Loaded once per language. */
    public static Morphology forLanguage(String language) {
        return switch (language) {
            case "pl" -> Holder.PL;
            case "uk" -> Holder.UK;
            case "ru" -> Holder.RU;
            default -> NONE;
        };
    }

    /**
     * LanguageTool's English dictionary (Penn tags, "NNP" for proper nouns), for the English words
     * of names in other languages' texts: "Vote Leave" is made of common words, "Cambridge" is a name.
     */
    public static Morphology english() {
        return Holder.EN;
    }

    private static final class Holder {
        static final Morphology EN = load("en");
        static final Morphology PL = load("pl");
        static final Morphology UK = load("uk");
        static final Morphology RU = load("ru");
    }

    private static Morphology load(String language) {
        URL url = Morphology.class.getResource(RESOURCES.get(language));
        if (url == null) {
            return NONE;
        }
        try {
            return new Morphology(Dictionary.read(url), language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isEmpty() {
        return dictionary == null;
    }

    public String language() {
        return language;
    }

    /** Analyses of the exact form (case-sensitive). */
    public List<Analysis> lookup(String word) {
        if (dictionary == null) {
            return List.of();
        }
        List<Analysis> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        List<Analysis> found = List.copyOf(lookupUncached(word));
        cache.put(word, found);
        return found;
    }

    private List<Analysis> lookupUncached(String word) {
        List<WordData> data = lookups.get().lookup(word);
        if (data.isEmpty()) {
            return List.of();
        }
        List<Analysis> out = new ArrayList<>(data.size());
        for (WordData wd : data) {
            CharSequence stem = wd.getStem();
            CharSequence tag = wd.getTag();
            out.add(new Analysis(stem == null ? word : stem.toString(), tag == null ? "" : tag.toString()));
        }
        return out;
    }

    /**
     * Analyses of a word as written, falling back to its lowercase form. Lemmas found only for the
     * lowercase form are recapitalised like the word, since the Russian dictionary stores
     * proper names in lowercase.
     */
    public List<Analysis> analyze(String word) {
        List<Analysis> exact = lookup(word);
        String lower = word.toLowerCase(Locale.ROOT);
        if (!exact.isEmpty() || lower.equals(word)) {
            return exact;
        }
        List<Analysis> lowered = lookup(lower);
        if (lowered.isEmpty()) {
            return lowered;
        }
        List<Analysis> out = new ArrayList<>(lowered.size());
        for (Analysis a : lowered) {
            out.add(new Analysis(recase(a.lemma(), word), a.tag()));
        }
        return out;
    }

    /** Only the analyses of the lowercase form, i.e. the word as a common word. */
    public List<Analysis> commonReadings(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<Analysis> out = new ArrayList<>();
        for (Analysis a : lookup(lower)) {
            if (!a.tag().contains("prop") && !a.tag().contains(":Fam") && !a.tag().contains(":Name")
                    && !a.lemma().isEmpty() && Character.isLowerCase(a.lemma().charAt(0))) {
                out.add(a);
            }
        }
        return out;
    }

    static String recase(String lemma, String like) {
        if (lemma.isEmpty() || like.isEmpty()) {
            return lemma;
        }
        if (like.length() > 1 && like.equals(like.toUpperCase(Locale.ROOT))) {
            return lemma.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(like.charAt(0))) {
            return Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
        }
        return lemma;
    }

    public Optional<Analysis> first(String word) {
        List<Analysis> all = analyze(word);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }
}
