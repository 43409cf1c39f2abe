package dev.kronika.extract.core.event;

import dev.kronika.extract.core.model.EventMode;
import dev.kronika.extract.core.model.EventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Event triggers and context cues of one language, read from {@code /event/<lang>.lex}.
 *
 * <p>File format, one entry a line, {@code #} starts a comment:
 * <pre>
 * [triggers]
 * TYPE  MODE  FORM  token-pattern      e.g.  CONSULT  PHONE  NOUN  rozmow* telefoniczn*
 * [cues]
 * CUE   token-pattern                  e.g.  NEGATION nie
 * </pre>
 * Token patterns are lower-case regular expressions per token with {@code *} for any ending
 * (see {@link TokenPattern}), so one line covers all inflected forms of a stem.
 */
final class EventLexicon {

    private final String language;
    private final List<TriggerEntry> triggers;
    private final Map<Cue, List<TokenPattern>> cues;
    /** Every trigger pattern, then every cue pattern: the numbering of {@link #startingWith}. */
    private final List<TokenPattern> patterns = new ArrayList<>();
    /** The cue of each pattern index, null for triggers. */
    private final List<Cue> cueByIndex = new ArrayList<>();
    /**
     * Which patterns may start at a word, by word: news repeats its vocabulary, so each word's
     * regular expressions run once instead of once per occurrence. Bounded; cleared when full.
     */
    private final Map<String, int[]> startingWith = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_WORDS = 200_000;

    private EventLexicon(String language, List<TriggerEntry> triggers, Map<Cue, List<TokenPattern>> cues) {
        this.language = language;
        this.triggers = List.copyOf(triggers);
        this.cues = cues;
        this.triggers.forEach(t -> {
            patterns.add(t.pattern());
            cueByIndex.add(null);
        });
        for (Cue cue : Cue.values()) {
            for (TokenPattern pattern : cues.getOrDefault(cue, List.of())) {
                patterns.add(pattern);
                cueByIndex.add(cue);
            }
        }
    }

    /** Indexes (ascending) of the patterns whose first token matches the word: triggers below {@code triggers().size()}, cues above. */
    int[] startingWith(String word) {
        int[] found = startingWith.get(word);
        if (found == null) {
            int[] buffer = new int[patterns.size()];
            int n = 0;
            for (int i = 0; i < patterns.size(); i++) {
                if (patterns.get(i).startsWith(word)) {
                    buffer[n++] = i;
                }
            }
            found = java.util.Arrays.copyOf(buffer, n);
            if (startingWith.size() >= MAX_CACHED_WORDS) {
                startingWith.clear();
            }
            startingWith.put(word, found);
        }
        return found;
    }

    /** The pattern of an index returned by {@link #startingWith}. */
    TokenPattern pattern(int index) {
        return patterns.get(index);
    }

    /** The cue a pattern index belongs to, or null for a trigger. */
    Cue cueOf(int index) {
        return cueByIndex.get(index);
    }

    /** The lexicon of a language, if the resources have one. */
    static Optional<EventLexicon> load(String language) {
        String resource = "/event/" + language + ".lex";
        try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(language, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static EventLexicon parse(String language, BufferedReader reader) throws IOException {
        List<TriggerEntry> triggers = new ArrayList<>();
        Map<Cue, List<TokenPattern>> cues = new EnumMap<>(Cue.class);
        String section = "";
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            if (content.startsWith("[")) {
                section = content;
                continue;
            }
            String[] fields = content.split("\\s+", section.equals("[triggers]") ? 4 : 2);
            try {
                if (section.equals("[triggers]")) {
                    triggers.add(new TriggerEntry(EventType.valueOf(fields[0]), EventMode.valueOf(fields[1]),
                            TriggerForm.valueOf(fields[2]), TokenPattern.parse(fields[3])));
                } else if (section.equals("[cues]")) {
                    cues.computeIfAbsent(Cue.valueOf(fields[0]), c -> new ArrayList<>()).add(TokenPattern.parse(fields[1]));
                } else {
                    throw new IllegalArgumentException("entry outside a section");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("event lexicon " + language + " line " + number + ": " + line, e);
            }
        }
        Map<Cue, List<TokenPattern>> frozen = new EnumMap<>(Cue.class);
        cues.forEach((cue, patterns) -> frozen.put(cue, List.copyOf(patterns)));
        return new EventLexicon(language, triggers, Collections.unmodifiableMap(frozen));
    }

    String language() {
        return language;
    }

    List<TriggerEntry> triggers() {
        return triggers;
    }

    List<TokenPattern> cues(Cue cue) {
        return cues.getOrDefault(cue, List.of());
    }

    /** Lexicons of all languages that have one, loaded once. */
    static Map<String, EventLexicon> loadAll(Iterable<String> languages) {
        Map<String, EventLexicon> all = new HashMap<>();
        for (String language : languages) {
            load(language.toLowerCase(Locale.ROOT)).ifPresent(lexicon -> all.put(language, lexicon));
        }
        return Map.copyOf(all);
    }
}
