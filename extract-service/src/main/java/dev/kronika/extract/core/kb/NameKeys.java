package dev.kronika.extract.core.kb;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Spelling-independent keys for names: a name in any script and any of the supported languages'
 * spelling conventions folds to one ASCII key, so that "Łukaszenka", "Lukashenko" and
 * "Лукашенко" meet. Cyrillic goes through the BGN/PCGN romanisation of its own language (not
 * Any-Latin, whose scholarly output does not match how names are written in Latin-script news);
 * Latin spellings are then folded (Polish sz/cz/w/ł against English sh/ch/v/l, -ski/-sky/-skiy,
 * double letters, diacritics, a final vowel that differs between languages).
 */
public final class NameKeys {

    private static final Map<String, String> TRANSFORM_IDS = Map.of(
            "ru", "Russian-Latin/BGN",
            "uk", "Ukrainian-Latin/BGN",
            "bg", "Bulgarian-Latin/BGN");
    private static final Map<String, Transliterator> TRANSLITERATORS = new ConcurrentHashMap<>();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\-‐'’ʼ.]+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
    private static final Pattern SKI = Pattern.compile("(sk|ck|tsk)i$");
    private static final Pattern FINAL_VOWELS = Pattern.compile("[aeiou]+$");

    private NameKeys() {
    }

    /** The name in Latin letters; Cyrillic by the BGN romanisation of the given language (Russian when unknown). */
    public static String latin(String name, String language) {
        if (!hasCyrillic(name)) {
            return name;
        }
        String id = TRANSFORM_IDS.getOrDefault(language, "Russian-Latin/BGN");
        Transliterator transliterator = TRANSLITERATORS.computeIfAbsent(id, Transliterator::getInstance);
        // Transliterator instances are not thread-safe.
        synchronized (transliterator) {
            return transliterator.transliterate(name);
        }
    }

    private static final ConcurrentHashMap<String, String> KEY_CACHE = new ConcurrentHashMap<>();
    private static final int KEY_CACHE_LIMIT = 100_000;

    /** The folded key of a whole name: words folded and joined by '-'. */
    public static String key(String name, String language) {
        String cacheKey = language + "|" + name;
        String cached = KEY_CACHE.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        if (KEY_CACHE.size() > KEY_CACHE_LIMIT) {
            KEY_CACHE.clear();
        }
        String key = computeKey(name, language);
        KEY_CACHE.put(cacheKey, key);
        return key;
    }

    /**
     * The key without the cache: for indexing a whole knowledge base, whose names would only
     * push the running text's names out of the cache and hold memory after loading.
     */
    static String computeKey(String name, String language) {
        String latin = latin(name, language);
        StringBuilder out = new StringBuilder();
        for (String word : WORD_SEPARATORS.split(latin)) {
            String folded = foldWord(word);
            if (!folded.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append('-');
                }
                out.append(folded);
            }
        }
        return out.toString();
    }

    /** The folded key of one word. */
    public static String foldWord(String word) {
        // Roman numerals are written in capitals: there "II" is not a doubled letter (WWI against WWII).
        boolean romanNumeral = word.contains("II") && word.equals(word.toUpperCase(Locale.ROOT));
        String s = word.toLowerCase(Locale.ROOT).replace("ł", "l").replace("ß", "ss").replace("ø", "o").replace("đ", "d");
        s = stripMarks(s);
        s = NOT_ALPHANUMERIC.matcher(s).replaceAll("");
        if (s.isEmpty() || s.chars().allMatch(Character::isDigit)) {
            return s;
        }
        if (romanNumeral) {
            return s;
        }
        int letters = s.length();
        s = s.replace("szcz", "shch").replace("sch", "sh").replace("sz", "sh").replace("cz", "ch").replace("rz", "zh")
                .replace("kh", "h").replace("ck", "k").replace("w", "v").replace("x", "ks").replace("q", "k")
                .replace("ph", "f").replace("th", "t").replace("ie", "e").replace("ye", "e").replace("yo", "e")
                .replace("ya", "ia").replace("yu", "iu").replace("ja", "ia").replace("ju", "iu").replace("je", "e")
                .replace("iy", "i").replace("ij", "i").replace("yj", "i").replace("y", "i").replace("j", "i")
                .replace("c", "k");
        s = DOUBLED.matcher(s).replaceAll("$1");
        s = SKI.matcher(s).replaceAll("sk");
        // Final vowels differ between languages and inflections ("Łukaszenka", "Lukashenko",
        // "Londynu", "России"), but in a word of four letters the vowel is the name: "Ruse" is
        // not "Russia".
        if (letters >= MIN_LENGTH_TO_STRIP_FINAL_VOWELS) {
            s = FINAL_VOWELS.matcher(s).replaceAll("");
        }
        return s;
    }

    private static final int MIN_LENGTH_TO_STRIP_FINAL_VOWELS = 5;

    private static String stripMarks(String s) {
        String decomposed = NFD.normalize(s);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** A readable slug of a name for keys of entities outside the knowledge base. */
    public static String slug(String name, String language) {
        String latin = stripMarks(latin(name, language).toLowerCase(Locale.ROOT).replace("ł", "l"));
        return latin.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
