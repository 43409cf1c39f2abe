package dev.kronika.extract.core.event;

import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds role phrases in a sentence and binds the ones that name their holder. */
final class RolePhraseFinder {

    private static final int MIN_DEMONYM_PREFIX = 3;

    /** Lower-cased names of the document's places, by entity key, for matching country adjectives. */
    private final Map<String, List<String>> placeNames;

    RolePhraseFinder(Map<String, List<String>> placeNames) {
        this.placeNames = placeNames;
    }

    List<RolePhrase> find(SentenceView s) {
        List<RolePhrase> phrases = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!s.isRole(i) || s.mentionAt[i] != null) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.size() && s.isRole(end) && s.mentionAt[end] == null) {
                end++;
            }
            phrases.add(read(s, i, end));
            i = end;
        }
        return phrases;
    }

    private RolePhrase read(SentenceView s, int from, int end) {
        String role = roleOf(s, from);
        List<String> countries = new ArrayList<>();
        List<Mention> consumed = new ArrayList<>();
        int start = from;
        // Left: "Kremlin leader", "Russian president", "Białoruski dyktator".
        int left = from - 1;
        if (left >= 0 && s.mentionAt[left] != null && s.mentionAt[left].type() != EntityType.PER) {
            Mention m = s.mentionAt[left];
            countries.add(EventKeys.of(m));
            consumed.add(m);
            start = firstTokenOf(s, left);
        } else if (left >= 0 && s.mentionAt[left] == null) {
            String country = demonymCountry(s.words.get(left));
            if (country != null) {
                countries.add(country);
                start = left;
            }
        }
        // Right: "prezydent Rosji", "leaders of Belarus and Russia", "лидерите на Москва и Минск".
        int right = end;
        if (countries.isEmpty()) {
            int j = end;
            while (j < s.size() && s.is(Cue.FUNCTION, j) && s.mentionAt[j] == null && j - end < 2) {
                j++;
            }
            while (j < s.size() && s.mentionAt[j] != null && s.mentionAt[j].type() != EntityType.PER) {
                Mention m = s.mentionAt[j];
                countries.add(EventKeys.of(m));
                consumed.add(m);
                j = lastTokenOf(s, j) + 1;
                right = j;
                if (j + 1 < s.size() && isConjunction(s, j) && s.mentionAt[j + 1] != null && s.mentionAt[j + 1].type() != EntityType.PER) {
                    j++;
                } else {
                    break;
                }
            }
            if (countries.isEmpty() && right < s.size() && s.mentionAt[right] == null) {
                String country = demonymCountry(s.words.get(right));
                if (country != null) {
                    countries.add(country);
                    right++;
                }
            }
        }
        Mention holder = null;
        if (right < s.size() && s.mentionAt[right] != null && s.mentionAt[right].type() == EntityType.PER) {
            holder = s.mentionAt[right];
            right = lastTokenOf(s, right) + 1;
        } else {
            holder = appositionHolder(s, start);
        }
        return new RolePhrase(role, start, right, List.copyOf(countries), List.copyOf(consumed), holder);
    }

    /** "Alexander Lukashenko, the self-proclaimed president of Belarus": a person, a comma, at most two words. */
    private static Mention appositionHolder(SentenceView s, int roleStart) {
        for (int k = roleStart - 1; k >= 0 && roleStart - k <= 4; k--) {
            if (s.words.get(k).equals(",")) {
                if (k > 0 && s.mentionAt[k - 1] != null && s.mentionAt[k - 1].type() == EntityType.PER) {
                    return s.mentionAt[k - 1];
                }
                return null;
            }
            if (s.mentionAt[k] != null || s.isPunctuation(k)) {
                return null;
            }
        }
        return null;
    }

    private static boolean isConjunction(SentenceView s, int j) {
        String w = s.words.get(j);
        return w.equals("i") || w.equals("and") || w.equals("и") || w.equals("a") || w.equals("й") || w.equals("in") || w.equals("та") || w.equals(",");
    }

    private static String roleOf(SentenceView s, int i) {
        if (s.is(Cue.SPOKESPERSON, i)) {
            return null;
        }
        if (s.is(Cue.ROLE_HEAD_OF_GOVERNMENT, i)) {
            return RoleResolver.HEAD_OF_GOVERNMENT;
        }
        if (s.is(Cue.ROLE_FOREIGN_MINISTER, i)) {
            return RoleResolver.FOREIGN_MINISTER;
        }
        return RoleResolver.HEAD_OF_STATE;
    }

    /**
     * The place an adjective derives from, by shared stem with the document's place names:
     * "rosyjskiego" and "Rosja", "белорусский" and "Беларусь", "Russian" and "Russia".
     */
    String demonymCountry(String word) {
        if (word.length() < 4 || !Character.isLetter(word.charAt(0))) {
            return null;
        }
        String best = null;
        int bestPrefix = MIN_DEMONYM_PREFIX - 1;
        for (Map.Entry<String, List<String>> place : placeNames.entrySet()) {
            for (String name : place.getValue()) {
                if (name.equals(word) || name.contains(" ")) {
                    continue;
                }
                int prefix = commonPrefix(word, name);
                if (prefix > bestPrefix && prefix >= Math.min(name.length() - 1, MIN_DEMONYM_PREFIX)) {
                    best = place.getKey();
                    bestPrefix = prefix;
                }
            }
        }
        return best;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    static int firstTokenOf(SentenceView s, int i) {
        Mention m = s.mentionAt[i];
        while (i > 0 && s.mentionAt[i - 1] == m) {
            i--;
        }
        return i;
    }

    static int lastTokenOf(SentenceView s, int i) {
        Mention m = s.mentionAt[i];
        while (i + 1 < s.size() && s.mentionAt[i + 1] == m) {
            i++;
        }
        return i;
    }
}
