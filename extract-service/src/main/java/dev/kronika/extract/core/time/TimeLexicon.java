package dev.kronika.extract.core.time;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words one language uses for time: month and weekday names in every inflected form, number
 * words, calendar units, modifiers ("next", "last") and fixed expressions, read from
 * {@code <language>.lex} beside this class and completed with ICU's CLDR month and weekday names.
 *
 * <p>Each entry maps a lower-case form to a category key ("month.5", "unit.W", "mod.next"); the
 * suffix after the dot is the category's value.
 */
final class TimeLexicon {

    private final String language;
    /** category ("month") -> form -> value ("5"). */
    private final Map<String, Map<String, String>> categories = new LinkedHashMap<>();

    private TimeLexicon(String language) {
        this.language = language;
    }

    static TimeLexicon load(String language) {
        TimeLexicon lexicon = new TimeLexicon(language);
        String resource = language + ".lex";
        try (InputStream in = TimeLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no time lexicon " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String key = line.substring(0, colon).strip();
                int dot = key.indexOf('.');
                String category = dot < 0 ? key : key.substring(0, dot);
                String value = dot < 0 ? "" : key.substring(dot + 1);
                for (String form : line.substring(colon + 1).split("\\|")) {
                    String f = normalize(form);
                    if (!f.isEmpty()) {
                        lexicon.categories.computeIfAbsent(category, c -> new LinkedHashMap<>()).putIfAbsent(f, value);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lexicon.addCldrNames();
        return lexicon;
    }

    /** Nominative and genitive month names and weekday names of CLDR, so the tables miss no base form. */
    private void addCldrNames() {
        DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(language));
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            String[] months = symbols.getMonths(context, DateFormatSymbols.WIDE);
            for (int m = 0; m < 12 && m < months.length; m++) {
                add("month", months[m], String.valueOf(m + 1));
            }
            String[] weekdays = symbols.getWeekdays(context, DateFormatSymbols.WIDE);
            for (int d = 1; d < weekdays.length; d++) {
                // ICU counts Sunday = 1; ISO counts Monday = 1
                int iso = d == 1 ? 7 : d - 1;
                add("weekday", weekdays[d], String.valueOf(iso));
            }
        }
    }

    private void add(String category, String form, String value) {
        if (form == null || form.isBlank()) {
            return;
        }
        categories.computeIfAbsent(category, c -> new LinkedHashMap<>())
                .putIfAbsent(normalize(form), value);
    }

    String language() {
        return language;
    }

    /** The value of a form in a category ("stycznia" in month is "1"). */
    Optional<String> value(String category, String form) {
        Map<String, String> forms = categories.get(category);
        if (forms == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(forms.get(normalize(form)));
    }

    boolean has(String category, String form) {
        return value(category, form).isPresent();
    }

    /** Forms of a category whose value passes the filter, longest first. */
    List<String> forms(String category, java.util.function.Predicate<String> valueFilter) {
        Map<String, String> forms = categories.getOrDefault(category, Map.of());
        List<String> result = new ArrayList<>();
        forms.forEach((form, value) -> {
            if (valueFilter.test(value)) {
                result.add(form);
            }
        });
        result.sort(Comparator.comparingInt(String::length).reversed());
        return result;
    }

    List<String> forms(String category) {
        return forms(category, v -> true);
    }

    /**
     * A regular-expression alternation of the category's forms, longest first; spaces match any
     * whitespace and a final period is optional only where the lexicon lists both.
     *
     * <p>The forms are merged into a prefix tree ("січ(?:ень|ня|ні)" rather than
     * "січень|січня|січні"): a case-insensitive pattern then compares a text character with each
     * distinct first letter once instead of with every form. The tree tries the alternatives in
     * the same order as the flat list (branches that differ in their next character cannot both
     * match, and a form that ends at a node is shorter than the forms through it, so last in both),
     * so it matches exactly what the list would.
     */
    String alternation(String category, java.util.function.Predicate<String> valueFilter) {
        List<String> forms = forms(category, valueFilter);
        if (forms.isEmpty()) {
            return "(?!)";
        }
        PrefixNode root = new PrefixNode();
        for (String form : forms) {
            root.insert(formTokens(form), 0);
        }
        return root.pattern();
    }

    String alternation(String category) {
        return alternation(category, v -> true);
    }

    /** A form as pattern tokens: literal characters, and the classes spaces and apostrophes match. */
    private static List<String> formTokens(String form) {
        List<String> tokens = new ArrayList<>();
        String[] parts = form.split(" ");
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) {
                tokens.add("\\s+");
            }
            for (char c : parts[p].toCharArray()) {
                // apostrophes vary between ', ʼ and ’ in Ukrainian
                tokens.add(c == '\'' ? "['ʼ’]" : Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
            }
        }
        return tokens;
    }

    /** A node of the prefix tree of a category's forms; children keep the order of the forms. */
    private static final class PrefixNode {
        private final Map<String, PrefixNode> children = new LinkedHashMap<>();
        private boolean end;

        void insert(List<String> tokens, int from) {
            if (from == tokens.size()) {
                end = true;
                return;
            }
            children.computeIfAbsent(tokens.get(from), t -> new PrefixNode()).insert(tokens, from + 1);
        }

        String pattern() {
            List<String> branches = new ArrayList<>();
            children.forEach((token, child) -> branches.add(token + child.suffixPattern()));
            if (end) {
                branches.add("");
            }
            return "(?:" + String.join("|", branches) + ")";
        }

        /** The pattern after this node's token: nothing at a leaf, the lone child's run, else a group. */
        private String suffixPattern() {
            if (children.isEmpty()) {
                return "";
            }
            if (children.size() == 1 && !end) {
                Map.Entry<String, PrefixNode> only = children.entrySet().iterator().next();
                return only.getKey() + only.getValue().suffixPattern();
            }
            return pattern();
        }
    }

    /** Lower-cases and unifies whitespace and apostrophes so a matched text finds its entry. */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('ʼ', '\'').replace('’', '\'').strip();
    }
}
