package dev.kronika.query.service;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;

/**
 * Folds a name in any script to a Latin search key, so that "Łukaszenko", "Лукашенко" and
 * "Lukashenko" meet: transliterated to Latin, lower-cased, diacritics removed, and the usual
 * spelling differences between Polish, Czech and English romanisations folded
 * (sz/š -> sh, cz/č -> ch, Latin c -> k, w -> v, j/y -> i, ie -> e, kh -> h, doubled letters).
 */
public final class NameFolding {

    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin"));
    private static final ThreadLocal<Transliterator> STRIP_MARKS =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC"));

    private NameFolding() {
    }

    public static String fold(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT)
                .replace("szcz", "shch").replace("sz", "sh").replace("cz", "ch").replace("rz", "zh")
                .replaceAll("c(?!h)", "k");
        String latin = TO_LATIN.get().transliterate(lower)
                .replace("š", "sh").replace("č", "ch").replace("ž", "zh").replace("ł", "l");
        latin = STRIP_MARKS.get().transliterate(latin);
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(switch (c) {
                    case 'w' -> 'v';
                    case 'j', 'y' -> 'i';
                    default -> c;
                });
            } else if (c != 'ʹ' && c != 'ʺ' && c != '\'' && c != '’' && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().replace("ie", "e").replace("kh", "h").replaceAll("(.)\\1+", "$1").strip();
    }

    /** The key without final vowels, to match inflected and feminine forms by prefix ("lukashenk"). */
    public static String stem(String folded) {
        String stem = folded;
        while (stem.length() > 4 && "aeiou".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }
}
