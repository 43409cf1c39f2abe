package dev.kronika.extract.core.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cue words per language (resource {@code ner/cues.tsv}): roles, organisation and event heads, stop
 * words, company legal forms and common-noun abbreviations. Language {@code *} lists words that
 * hold in every language ("AG", "GDP").
 */
public final class Cues {

    public enum Category { ROLE, ORGHEAD, ORGKIND, LOCHEAD, EVTHEAD, STOP, LEGALFORM, TERM }

    private static final Cues INSTANCE = load();

    private final Map<String, Set<String>> words;

    private Cues(Map<String, Set<String>> words) {
        this.words = words;
    }

    public static Cues instance() {
        return INSTANCE;
    }

    private static Cues load() {
        Map<String, Set<String>> words = new HashMap<>();
        try (InputStream in = Cues.class.getResourceAsStream("/ner/cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource ner/cues.tsv missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                words.computeIfAbsent(cells[0] + "/" + cells[1], k -> new HashSet<>()).add(cells[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Cues(words);
    }

    public boolean is(Category category, String language, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String name = category.name().toLowerCase(Locale.ROOT);
        Set<String> set = words.get(name + "/" + language);
        Set<String> everywhere = words.get(name + "/*");
        return (set != null && set.contains(lower)) || (everywhere != null && everywhere.contains(lower));
    }

    /**
     * The word is a cue in any case form: the listed form itself, or the listed form's stem (its
     * final vowel dropped) followed by an ending of at most three letters ("судом", "sądem", "агенцията").
     */
    public boolean isInflected(Category category, String language, String word) {
        if (is(category, language, word)) {
            return true;
        }
        Set<String> set = words.get(category.name().toLowerCase(Locale.ROOT) + "/" + language);
        if (set == null || word.length() < 4) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (int cut = 1; cut <= 4 && lower.length() - cut >= 3; cut++) {
            String stem = lower.substring(0, lower.length() - cut);
            if (set.contains(stem) || set.contains(stem + "a") || set.contains(stem + "а") || set.contains(stem + "я")
                    || set.contains(stem + "o") || set.contains(stem + "о") || set.contains(stem + "e") || set.contains(stem + "е")) {
                return true;
            }
        }
        return false;
    }
}
