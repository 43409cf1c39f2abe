package dev.kronika.extract.core.time;

import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.TimeExpression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The recognition rules of one language: patterns shared by all languages, filled with that
 * language's {@link TimeLexicon}. Each rule turns a match into a {@link Meaning}; overlapping
 * matches are settled by {@link TimeExpressionRecognizer} (longest first).
 *
 * <p>A pattern may name a group {@code x}: then only that group is the expression's extent and the
 * rest is context (TIMEX3 leaves prepositions like "within" outside the tag).
 */
final class TimeGrammar {

    /** A rule's match before overlaps are settled. */
    record Candidate(Span span, Meaning meaning, TimeExpression.Type type, int rule) {
    }

    private interface Builder {
        /** The meaning of a match, or null to reject it. */
        Meaning build(Matcher m);
    }

    /**
     * A rule and the literals its match cannot do without: at least one of each group of
     * {@code needs} (ids in {@link #literals}). A region that lacks them is not searched with the
     * rule's pattern at all, which spares the scan of every position of most paragraphs.
     */
    private record Rule(String name, Pattern pattern, TimeExpression.Type type, Builder builder, int[][] needs, boolean hasExtent) {

        boolean mayMatch(boolean[] present) {
            for (int[] group : needs) {
                boolean any = false;
                for (int id : group) {
                    if (present[id]) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final String L = "(?<![\\p{L}\\p{N}])";
    // Patterns that open with a lookbehind over an alternation ("(?<=(?:in|during)\\s)") first look
    // ahead for the literal the match starts with: the lookahead fails at once at almost every position.
    private static final String R = "(?![\\p{L}\\p{N}])";
    /**
     * Unicode case folding without Unicode character classes, which make matching several times
     * slower; whitespace is widened by hand instead, since news text is full of no-break spaces.
     */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String SPACE = "[\\s\\u00A0\\u2007\\u2009\\u202F]";

    private final TimeLexicon lex;
    private final boolean english;
    /** Words before an expression that its extent takes in ("nearly", "at least"), or null when the language lists none. */
    private final Pattern premodifier;
    private final Pattern postmodifier;
    private final List<Rule> rules = new ArrayList<>();
    /** The named groups of each rule's pattern, so a builder asks for an absent group without an exception. */
    private final Map<Pattern, Set<String>> groupNames = new IdentityHashMap<>();
    /** Every literal some rule needs, by id. */
    private final Map<String, Integer> literalIds = new LinkedHashMap<>();
    private final LiteralIndex literals;

    TimeGrammar(TimeLexicon lex) {
        this.lex = lex;
        this.english = lex.language().equals("en");
        premodifier = lex.forms("premod").isEmpty() ? null
                : Pattern.compile((L + "(?:" + lex.alternation("premod") + ")\\s+$").replace("\\s", SPACE), FLAGS);
        postmodifier = lex.forms("postmod").isEmpty() ? null
                : Pattern.compile(("\\s+(?:" + lex.alternation("postmod") + ")" + R).replace("\\s", SPACE), FLAGS);
        build();
        literals = new LiteralIndex(List.copyOf(literalIds.keySet()));
    }

    String language() {
        return lex.language();
    }

    /** All rule matches inside the span of the text, overlapping ones included. */
    List<Candidate> candidates(String text, Span region) {
        List<Candidate> found = new ArrayList<>();
        boolean[] present = literals.find(text, region.begin(), region.end());
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (!rule.mayMatch(present)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(text);
            m.region(region.begin(), region.end());
            m.useTransparentBounds(true);
            while (m.find()) {
                Meaning meaning;
                try {
                    meaning = rule.builder.build(m);
                } catch (RuntimeException e) {
                    meaning = null;
                }
                if (meaning == null) {
                    continue;
                }
                boolean extent = rule.hasExtent && m.start("x") >= 0;
                int begin = extent ? m.start("x") : m.start();
                int end = extent ? m.end("x") : m.end();
                // a signal the meaning does not take in stays outside the extent: "three days later" is a duration
                String signal = group(m, "post");
                if (signal != null && meaning.kind() == Meaning.Kind.DURATION && m.start("post") > begin && m.start("post") <= end) {
                    end = m.start("post");
                    while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || Character.isSpaceChar(text.charAt(end - 1)))) {
                        end--;
                    }
                }
                // "nearly two weeks ago", "at least the past two years", "a week or so": TimeML takes the
                // modifier of a quantity or point into the extent (its MOD attribute)
                if (meaning.kind() != Meaning.Kind.VAGUE) {
                    begin = withPremodifier(text, region.begin(), begin);
                    end = withPostmodifier(text, region.end(), end);
                }
                // a trailing period belongs to the sentence unless the form is an abbreviation
                if (end > begin + 1 && text.charAt(end - 1) == '.' && !endsWithAbbreviation(text.substring(begin, end))) {
                    end--;
                }
                if (end > begin) {
                    found.add(new Candidate(new Span(begin, end), meaning, rule.type, r));
                }
            }
        }
        return found;
    }

    /** The start of an approximating or bounding word right before the expression ("about", "more than"), else begin. */
    private int withPremodifier(String text, int regionBegin, int begin) {
        if (premodifier == null) {
            return begin;
        }
        int from = Math.max(regionBegin, begin - 24);
        Matcher m = premodifier.matcher(text).region(from, begin);
        m.useTransparentBounds(true);
        if (!m.find()) {
            return begin;
        }
        // before a determiner "about" and "around" are prepositions: "talks about the future", "around the world"
        boolean preposition = m.group().strip().toLowerCase(Locale.ROOT).matches("about|around")
                && text.regionMatches(true, begin, "the", 0, 3);
        return preposition ? begin : m.start();
    }

    private int withPostmodifier(String text, int regionEnd, int end) {
        if (postmodifier == null) {
            return end;
        }
        Matcher m = postmodifier.matcher(text).region(end, Math.min(regionEnd, end + 16));
        m.useTransparentBounds(true);
        return m.lookingAt() ? m.end() : end;
    }

    private boolean endsWithAbbreviation(String matched) {
        String lower = TimeLexicon.normalize(matched);
        int space = lower.lastIndexOf(' ');
        String last = space < 0 ? lower : lower.substring(space + 1);
        return last.length() <= 6 && (lex.has("month", last) || lex.has("weekday", last) || last.equals("m.")
                || lex.has("yearword", last) || lex.has("century", last) || last.equals("е.") || last.equals("э.") || last.equals("e.")
                || last.endsWith("a.m.") || last.endsWith("p.m."));
    }

    /** The group's text, or null when it did not take part in the match or the pattern has no such group. */
    private String group(Matcher m, String name) {
        return groupNames.get(m.pattern()).contains(name) ? m.group(name) : null;
    }

    // ------------------------------------------------------------------ rules

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private void add(String name, String regex, TimeExpression.Type type, Needs needs, Builder builder) {
        Pattern pattern = Pattern.compile(regex.replace("\\s", SPACE), FLAGS);
        Set<String> names = GROUP_NAME.matcher(regex).results().map(r -> r.group(1)).collect(Collectors.toUnmodifiableSet());
        groupNames.put(pattern, names);
        int[][] ids = needs.groups().stream()
                .map(group -> group.stream().mapToInt(literal -> literalIds.computeIfAbsent(literal, l -> literalIds.size())).toArray())
                .toArray(int[][]::new);
        rules.add(new Rule(name, pattern, type, builder, ids, names.contains("x")));
    }

    // ------------------------------------------------------------------ what a rule's match must contain

    /** Groups of literals (lower case) a rule's match must contain, at least one of each group. */
    private record Needs(List<List<String>> groups) {
    }

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @SafeVarargs
    private static Needs needs(List<String>... groups) {
        return new Needs(Stream.of(groups).map(TimeGrammar::minimal).toList());
    }

    private static List<String> words(String... words) {
        return List.of(words);
    }

    @SafeVarargs
    private static List<String> union(List<String>... groups) {
        return Stream.of(groups).flatMap(List::stream).toList();
    }

    /**
     * A literal every match of each of the category's forms contains: the longest stretch of a
     * form between the spaces and apostrophes its pattern lets vary.
     */
    private List<String> forms(String category, java.util.function.Predicate<String> valueFilter) {
        return lex.forms(category, valueFilter).stream()
                .map(form -> Stream.of(form.split("[ '’ʼ]+")).max(Comparator.comparingInt(String::length)).orElse(form))
                .toList();
    }

    private List<String> forms(String category) {
        return forms(category, v -> true);
    }

    /** The group without literals that contain another of its literals (which is then found anyway). */
    private static List<String> minimal(List<String> group) {
        List<String> folded = group.stream().map(LiteralIndex::fold).filter(l -> !l.isEmpty()).distinct().toList();
        if (folded.isEmpty()) {
            // a category this language lacks: the pattern is "(?!)" and matches nothing
            return List.of();
        }
        return folded.stream().filter(l -> folded.stream().noneMatch(o -> !o.equals(l) && l.contains(o))).toList();
    }

    private void build() {
        String month = "(?<mon>" + lex.alternation("month") + ")";
        String weekday = lex.alternation("weekday");
        String numWord = lex.alternation("num");
        String tens = lex.alternation("num", v -> v.matches("[2-9]0"));
        String units = lex.alternation("num", v -> v.matches("[1-9]"));
        String num = "(?<num>\\d{1,3}(?:[.,]5|\\s1/2|\\s½|½)?|" + tens + "[\\s-]+" + units + "|" + numWord + ")";
        String unit = "(?<unit>" + lex.alternation("unit") + ")";
        String mods = "(?<mod>" + lex.alternation("mod") + ")";
        String modsNextLast = "(?<mod>" + lex.alternation("mod", v -> !v.equals("this")) + ")";
        String boundary = "(?<bd>" + lex.alternation("boundary") + ")";
        String bc = "(?:\\s*(?<bc>" + lex.alternation("bc") + "))?";
        String yearWord = lex.alternation("yearword");
        String partOfDay = "(?<pod>" + lex.alternation("partofday") + ")";
        String the = english ? "(?:the\\s+)?" : "";
        String ordSuffix = "(?:st|nd|rd|th|-?го|-?е|-?ого|-?ге|-?те|-?ти|-?ия)?";
        String season = "(?<season>" + lex.alternation("season") + ")";
        String year = "(?<y>\\d{4}|\\d{3}(?=\\s*(?:" + lex.alternation("bc") + "|" + yearWord + ")" + R + "))";

        // 2024-05-23, optionally with a clock time
        add("iso", L + "(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:T(?<h>\\d{2}):(?<mi>\\d{2}))?" + R,
                TimeExpression.Type.DATE, needs(DIGITS), m -> {
                    Meaning date = validDate(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
                    if (date != null && m.group("h") != null) {
                        return new Meaning(Meaning.Kind.TIME, date.year(), date.month(), date.day(), null, null, null, null, 0, null, 0, null,
                                Integer.parseInt(m.group("h")), Integer.parseInt(m.group("mi")));
                    }
                    return date;
                });

        // "since March": a date the text looks back to, so never after the anchor
        String since = "(?:(?<=(?:" + lex.alternation("since") + ")\\s)(?<since>))?";

        // 18.04.2025, 18. 4. 2025, 04/18/2025 (month first in English)
        add("numeric", L + "(?<a>\\d{1,2})(?<sep>[./])\\s?(?<b>\\d{1,2})\\k<sep>\\s?(?<y>\\d{4})" + R + "(?![.,]\\d)",
                TimeExpression.Type.DATE, needs(DIGITS), m -> {
                    int a = Integer.parseInt(m.group("a"));
                    int b = Integer.parseInt(m.group("b"));
                    boolean monthFirst = english && m.group("sep").equals("/") && a <= 12;
                    return monthFirst ? validDate(Integer.parseInt(m.group("y")), a, b) : validDate(Integer.parseInt(m.group("y")), b, a);
                });

        // 5 stycznia, 30 августа 1939, 23 May 2024, 26-27 December, Thursday, 23 May 2024
        String daySep = "(?:\\s*(?:[-–—]|до|and|to|i|и|і|та|a|in|ir)\\s*)";
        // Czech and Slovenian write the day as an ordinal with a period ("5. ledna")
        String dayPeriod = lex.language().equals("cs") || lex.language().equals("sl") ? "\\.?" : "";
        String podBefore = "(?:(?<pod>" + lex.alternation("partofday") + ")\\s+(?:(?:проти|на|з|против|срещу)\\s+)?)?";
        add("day-month", L + since + "(?<x>" + podBefore + "(?:(?<wd>" + weekday + "),?\\s+)?" + the + "(?<d>\\d{1,2})" + ordSuffix + dayPeriod
                        + "(?:" + daySep + "(?<d2>\\d{1,2})" + ordSuffix + dayPeriod + ")?\\s*(?:of\\s+)?" + month
                        + "(?:,?\\s+" + year + ")?" + bc + ")" + R + "(?!\\s*[:.,]\\d)",
                TimeExpression.Type.DATE, needs(DIGITS, forms("month")), m -> {
                    Meaning date = dayMonth(m);
                    if (date == null) {
                        return null;
                    }
                    date = sinceMarked(m, date.withWeekday(weekdayOf(group(m, "wd"))));
                    // "wieczorem 26 grudnia", "ніч проти 1 листопада": a part of that day
                    String pod = partOfDayOf(group(m, "pod"));
                    return pod == null || date.endDay() != null ? date : date.withPart(pod);
                });

        // May 23, 2024; Sept. 30; December 26-27 (only English puts the month before the day)
        if (english) {
            // "Sunday, October twenty-ninth": speech and transcripts give the day as an ordinal word
            String dayNumber = "(?:\\s*(?<d>\\d{1,2})" + ordSuffix + "(?:\\s*[-–]\\s*(?<d2>\\d{1,2}))?|\\s+(?:the\\s+)?(?<dw>" + lex.alternation("dayord") + ")(?!-))";
            add("month-day", L + since + "(?<x>(?:(?<wd>" + weekday + "),?\\s+)?" + month + dayNumber
                            + "(?:,?\\s+" + year + ")?)" + R + "(?![.,:]\\d)",
                    TimeExpression.Type.DATE, needs(union(DIGITS, forms("dayord")), forms("month")), m -> {
                        if (!Character.isUpperCase(m.group("mon").charAt(0))) {
                            return null;
                        }
                        Meaning date = dayMonth(m);
                        return date == null ? null : sinceMarked(m, date.withWeekday(weekdayOf(group(m, "wd"))));
                    });
        }

        // May 2024, вересень 1939, w lutym 1940, the end of March 1990
        add("month-year", L + "(?<x>(?:" + boundary + "[\\s-]*)?" + month + ",?\\s+(?:of\\s+)?" + year + bc + ")" + R + "(?![.,]\\d)",
                TimeExpression.Type.DATE, needs(DIGITS, forms("month")), m -> {
                    if (english && !Character.isUpperCase(m.group("mon").charAt(0))) {
                        return null;
                    }
                    Integer monthNumber = monthOf(m.group("mon"));
                    return Meaning.date(yearOf(m), monthNumber, null).withPart(boundaryOf(group(m, "bd")));
                });

        // August, last April, mid-November, на початку липня
        // the modal "May" is capitalised only at the start of a sentence: after a lower-case word it is the month
        String midSentence = english ? "(?:(?<=[\\p{Ll},]\\s)(?<mid>))?" : "";
        add("month", L + since + midSentence + "(?<x>(?:" + boundary + "[\\s-]*|" + mods + "\\s+)?" + month + ")" + R,
                TimeExpression.Type.DATE, needs(forms("month")), m -> {
                    String form = m.group("mon");
                    if (form.endsWith(".") || form.length() < 3 || (english && (!Character.isUpperCase(form.charAt(0))
                            || form.equalsIgnoreCase("may") && m.group("mod") == null && m.group("bd") == null && group(m, "mid") == null))) {
                        return null;
                    }
                    Meaning date = sinceMarked(m, Meaning.date(null, monthOf(form), null).withPart(boundaryOf(group(m, "bd"))));
                    String mod = group(m, "mod");
                    return mod == null ? date : date.withOffset(modOffset(mod)).withDirection(1);
                });

        // January this year, у січні минулого року: a month of a year named relative to the anchor
        String yearUnit = lex.alternation("unit", v -> v.equals("Y"));
        add("month-relative-year", L + "(?<x>(?:(?<d>\\d{1,2})" + ordSuffix + dayPeriod + "\\s+(?:of\\s+)?)?" + month
                        + ",?\\s+(?:of\\s+)?" + mods + "\\s+" + yearUnit + ")" + R,
                TimeExpression.Type.DATE, needs(forms("month"), forms("mod"), forms("unit", v -> v.equals("Y"))), m -> {
                    String form = m.group("mon");
                    if (english && !Character.isUpperCase(form.charAt(0)) || lex.has("anaphoric", m.group("mod"))) {
                        return null;
                    }
                    Integer day = group(m, "d") == null ? null : Integer.valueOf(m.group("d"));
                    if (day != null && (day < 1 || day > 31)) {
                        return null;
                    }
                    return Meaning.date(null, monthOf(form), day).withOffset(modOffset(m.group("mod"))).ref(YEAR_SHIFT);
                });

        // 1998, w 2022 roku, 1939 року, 480 до н. е., fiscal 1989, the end of 1990
        String yearContext = english ? "(?:(?<fiscal>fiscal|calendar)\\s+)?" : "";
        add("year", L + "(?<![$€£#№.,])(?<x>(?:" + boundary + "[\\s-]*)?" + yearContext + year + bc
                        + "(?:\\s*(?<yw>" + yearWord + ")(?:\\s*(?<bc2>" + lex.alternation("bc") + "))?)?)" + R
                        + "(?![.,]\\d|\\s*%)(?:(?=\\s+(?<lower>\\p{Ll})))?",
                TimeExpression.Type.DATE, needs(DIGITS), m -> {
                    int y = Integer.parseInt(m.group("y"));
                    boolean marked = m.group("bc") != null || group(m, "yw") != null || group(m, "fiscal") != null;
                    if (m.group("bc2") != null) {
                        return Meaning.date(-y, null, null).withPart(boundaryOf(group(m, "bd")));
                    }
                    if (!marked && (y < 1000 || y > 2100)) {
                        return null;
                    }
                    // Slavic texts mark years ("2022 roku", "1939 р."); a bare number before a lower-case word counts things
                    if (!marked && !english && m.group("bd") == null && m.group("lower") != null) {
                        return null;
                    }
                    return Meaning.date(yearOf(m), null, null).withPart(boundaryOf(group(m, "bd")));
                });

        // the 1990s, 1990-х років, lata 90.
        if (english) {
            // "the '80s", "the nineties": decades of the twentieth century
            add("decade-short", "(?<x>(?:(?:the\\s+)?(?<half>first|second|last|latter)\\s+half\\s+of\\s+)?the\\s+(?:" + boundary + "[\\s-]*)?(?:['’](?<dec>[1-9]0)s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))" + R,
                    TimeExpression.Type.DATE, needs(words("the"), words("0s", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")), m -> {
                        int decade = group(m, "dec") != null ? Integer.parseInt(m.group("dec"))
                                : List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
                                        .indexOf(m.group("word").toLowerCase(Locale.ROOT)) * 10 + 20;
                        // "the last half of the '80s" is the decade, its later part
                        String part = group(m, "half") == null ? boundaryOf(group(m, "bd"))
                                : m.group("half").equalsIgnoreCase("first") ? "START" : "END";
                        return new Meaning(Meaning.Kind.DECADE, 1900 + decade, null, null, null, null, null, null, 0,
                                part, 0, null, null, null);
                    });
        }
        add("decade", L + "(?<x>" + the + "(?:" + boundary + "[\\s-]*)?(?<dec>\\d{3}0)(?:'?s|-?(?:х|і|ті|ых|ые|е|те|tych|te|ih|ies))"
                        + "(?:\\s+(?:" + lex.alternation("unit", v -> v.equals("Y")) + "))?)" + R,
                TimeExpression.Type.DATE, needs(DIGITS), m -> new Meaning(Meaning.Kind.DECADE, Integer.parseInt(m.group("dec")), null, null, null,
                        null, null, null, 0, boundaryOf(group(m, "bd")), 0, null, null, null));

        // XX століття, the 19th century, XIX wiek
        add("century", L + "(?<x>" + the + "(?:" + boundary + "[\\s-]*)?(?<c>[IVX]{1,5}|\\d{1,2})" + ordSuffix + "\\.?\\s+(?:" + lex.alternation("century") + ")" + bc + ")",
                TimeExpression.Type.DATE, needs(forms("century")), m -> {
                    int c = romanOrArabic(m.group("c"));
                    if (c < 1 || c > 21) {
                        return null;
                    }
                    return new Meaning(Meaning.Kind.CENTURY, m.group("bc") != null ? -c : c, null, null, null, null, null, null, 0,
                            boundaryOf(group(m, "bd")), 0, null, null, null);
                });

        if (english) {
            // "on Mondays", "Tuesday nights": a weekday in the plural recurs; so does the first of "Thursday and Friday
            // evenings", which shares the plural of the second (before "weekday", which would take it as one day)
            String pluralPod = "(?:mornings|afternoons|evenings|nights)";
            add("plural-weekday", L + "(?<x>(?<wd>" + weekday + ")(?:s|\\s+(?<pod>" + pluralPod + ")|(?=\\s+(?:and|or)\\s+(?:" + weekday
                            + ")(?:s|\\s+(?<pod2>" + pluralPod + "))" + R + ")))" + R,
                    TimeExpression.Type.SET, needs(forms("weekday")), m -> {
                        String wd = m.group("wd");
                        if (wd.endsWith(".") || !Character.isUpperCase(wd.charAt(0))) {
                            return null;
                        }
                        String plural = group(m, "pod") != null ? m.group("pod") : group(m, "pod2");
                        String pod = plural == null ? null : partOfDayOf(plural.substring(0, plural.length() - 1));
                        return Meaning.of(Meaning.Kind.SET).withWeekday(weekdayOf(wd)).withPart(pod);
                    });
        }

        // Monday, w poniedziałek, next Friday, в понедельник утром, Saturday night
        add("weekday", L + "(?<x>(?:" + mods + "\\s+)?(?<wd>" + weekday + ")(?:\\s+" + partOfDay + ")?)" + R,
                TimeExpression.Type.DATE, needs(forms("weekday")), m -> {
                    String form = m.group("wd");
                    if (form.endsWith(".") || (english && !Character.isUpperCase(form.charAt(0)))) {
                        return null;
                    }
                    String mod = group(m, "mod");
                    Meaning weekdayMeaning = Meaning.of(Meaning.Kind.WEEKDAY).withWeekday(weekdayOf(form))
                            .withOffset(mod == null ? Meaning.NO_OFFSET : modOffset(mod))
                            .withPart(partOfDayOf(group(m, "pod")));
                    // "the previous Friday": the one before the day last mentioned
                    return mod != null && lex.has("anaphoric", mod) ? weekdayMeaning.ref("THAT") : weekdayMeaning;
                });

        // today, yesterday evening, late yesterday, tonight, позавчера
        String relDay = "(?<rd>" + lex.alternation("today") + "|" + lex.alternation("yesterday") + "|" + lex.alternation("tomorrow")
                + "|" + lex.alternation("day") + "|" + lex.alternation("tonight") + ")";
        // "USA Today": an acronym before a capitalised "Today" makes it part of a name
        String titleBefore = english ? "(?:(?=Today)(?<=(?:^|[^\\p{L}\\p{N}])(?<prev>\\p{L}{2,8})\\s))?" : "";
        add("relative-day", L + titleBefore + "(?<x>(?:(?<bd2>early|late)\\s+)?(?:" + partOfDay + "\\s+)?" + relDay + "(?:\\s+(?<pod2>" + lex.alternation("partofday") + "))?)" + R,
                TimeExpression.Type.DATE, needs(union(forms("today"), forms("yesterday"), forms("tomorrow"), forms("day"), forms("tonight"))), m -> {
                    String rd = TimeLexicon.normalize(m.group("rd"));
                    String prev = group(m, "prev");
                    if (prev != null && prev.chars().allMatch(Character::isUpperCase) && m.group("x").startsWith("Today")) {
                        return null;
                    }
                    int offset;
                    String pod = partOfDayOf(group(m, "pod") != null ? group(m, "pod") : group(m, "pod2"));
                    if (lex.has("today", rd)) {
                        offset = 0;
                    } else if (lex.has("yesterday", rd)) {
                        offset = -1;
                    } else if (lex.has("tomorrow", rd)) {
                        offset = 1;
                    } else if (lex.has("tonight", rd)) {
                        offset = 0;
                        pod = "NI";
                    } else {
                        // "+2", "-1NI" (last night): a day offset and maybe a part of the day
                        String value = lex.value("day", rd).orElse("0");
                        Matcher parts = Pattern.compile("([+-]?\\d+)(\\p{Alpha}*)").matcher(value);
                        if (!parts.matches()) {
                            return null;
                        }
                        offset = Integer.parseInt(parts.group(1).replace("+", ""));
                        if (!parts.group(2).isEmpty()) {
                            pod = parts.group(2);
                        }
                    }
                    return Meaning.of(Meaning.Kind.RELATIVE_DAY).withOffset(offset).withPart(pod);
                });

        if (english) {
            // "in the morning", "later in the day", "by mid-afternoon": a part of the day the report speaks of
            add("the-part-of-day", "(?=the\\s|mid)(?<=(?:in|during|by|until|through|since)\\s)(?<x>(?:the\\s+(?<pod>morning|afternoon|evening|day))|mid[\\s-]?(?<mid>morning|afternoon))" + R,
                    TimeExpression.Type.TIME, needs(words("morning", "afternoon", "evening", "day")), m -> {
                        String pod = group(m, "pod") != null ? m.group("pod") : m.group("mid");
                        Meaning day = Meaning.of(Meaning.Kind.RELATIVE_DAY).withOffset(0).ref("THAT");
                        return pod.equalsIgnoreCase("day") ? day : day.withPart(partOfDayOf(pod));
                    });
        }

        // this morning
        add("this-part-of-day", L + "(?<x>(?<mod>" + lex.alternation("mod", v -> v.equals("this")) + ")\\s+" + partOfDay + ")" + R,
                TimeExpression.Type.TIME, needs(forms("mod", v -> v.equals("this")), forms("partofday")), m -> Meaning.of(Meaning.Kind.RELATIVE_DAY).withOffset(0).withPart(partOfDayOf(m.group("pod"))));

        // next week, last year, w przyszłym tygodniu, earlier this year, early next year, the same day, наступного дня
        String earlierLater = english ? "(?:(?:earlier|later)\\s+)?" : "";
        String fiscalWord = english ? "(?:fiscal\\s+)?" : "";
        add("relative-unit", L + "(?:(?<=[\"“‘'])(?<quoted>))?(?<x>(?:" + boundary + "\\s+)?" + earlierLater + mods + "\\s+" + fiscalWord + unit + ")" + R,
                TimeExpression.Type.DATE, needs(forms("mod"), forms("unit")), m -> relativeUnit(m));

        // "pod koniec miesiąca", "наприкінці року", "the end of the month": part of the period spoken of
        String calendarUnit = "(?<unit>" + lex.alternation("unit", v -> v.equals("M") || v.equals("Y") || v.equals("W") || v.equals("Q")) + ")";
        add("boundary-unit", L + "(?<x>" + boundary + "\\s+" + the + calendarUnit + ")" + R,
                TimeExpression.Type.DATE, needs(forms("boundary"), forms("unit", v -> v.equals("M") || v.equals("Y") || v.equals("W") || v.equals("Q"))), m -> {
                    String form = TimeLexicon.normalize(m.group("unit"));
                    if (english ? form.endsWith("s") : false) {
                        return null;
                    }
                    return Meaning.of(Meaning.Kind.RELATIVE_UNIT).unit(unitOf(form), null).withOffset(0)
                            .withPart(boundaryOf(m.group("bd"))).ref("THAT");
                });
        if (!english) {
            // "w roku bieżącym", "года прошлого": the modifier after the unit
            add("unit-modifier", L + "(?<![\\p{N}.]\\s{0,3})(?<x>" + calendarUnit + "\\s+" + mods + ")" + R,
                    TimeExpression.Type.DATE, needs(forms("unit", v -> v.equals("M") || v.equals("Y") || v.equals("W") || v.equals("Q")), forms("mod")), m -> relativeUnit(m));
        }

        // the next two months, ostatnich trzech lat, w ciągu najbliższych dwóch miesięcy
        String within = "(?:(?<within>" + lex.alternation("within") + ")\\s+)?";
        add("modified-duration", L + within + "(?<x>" + the + modsNextLast + "\\s+" + num + "[\\s-]+" + unit + ")" + R,
                TimeExpression.Type.DURATION, needs(forms("mod", v -> !v.equals("this")), union(DIGITS, forms("num")), forms("unit")), m -> {
                    Meaning duration = duration(m);
                    if (duration == null) {
                        return null;
                    }
                    // "the next few weeks" counts units as "the next two weeks" does, only vaguely: a duration PXW
                    int direction = modOffset(m.group("mod")) >= 0 ? 1 : -1;
                    return duration.withDirection(direction);
                });

        if (english) {
            // "Islam will one day be": a modal puts "one day" in an unnamed future
            add("one-day", "(?=one\\s)(?<=(?:will|would|may|might|could|can|shall|should|hope|hopes|hoped)\\s)(?<x>one\\s+day)" + R,
                    TimeExpression.Type.DATE, needs(words("one"), words("day")), m -> Meaning.of(Meaning.Kind.VAGUE).ref("FUTURE_REF"));
        }

        // two weeks, a year ago, the nine months, the first nine months, five-year, за два тижні, преди две години
        String ago = lex.alternation("ago");
        String later = lex.alternation("later");
        String firstLast = english ? "(?:(?:first|last|past|previous|next|latest|coming|year-earlier|year-ago)\\s+)?" : "";
        // "eight trading days", "20 more years": a word between the count and the unit
        String unitAdjective = english ? "(?:(?:more|additional|further|straight|consecutive|trading|business|working)\\s+)?" : "";
        add("duration", L + within + "(?<x>(?:(?<pre>" + ago + "|" + later + ")\\s+)?" + the + firstLast + num + "[\\s-]+" + unitAdjective + unit
                        + (english ? "(?<half>\\s+and\\s+a\\s+half)?" : "")
                        + "(?:[\\s-]+long)?(?:\\s+(?<post>" + ago + "|" + later + "))?)" + R + "(?![\\s-]+old" + R + ")"
                        // "$2 a share a year", "$500 million a year", "four flights a week" are rates, "three quarters of" a fraction
                        + "(?:(?<=(?:[\\d%]|million|billion|thousand|(?:\\d|two|three|four|five|six|seven|eight|nine|ten)\\s\\p{L}{2,12}s)"
                        + "\\s(?:a|an)\\s\\p{L}{3,7})(?<rate>))?(?:(?=\\s+of" + R + ")(?<fraction>))?",
                TimeExpression.Type.DURATION, needs(union(DIGITS, forms("num")), forms("unit")), m -> {
                    Meaning duration = duration(m);
                    // "three quarters of" is a fraction, "several quarters of losses" a stretch of time
                    if (duration == null || english && "H".equals(duration.unit()) || m.group("rate") != null
                            || m.group("fraction") != null && "Q".equals(duration.unit()) && duration.amount() != null) {
                        return null;
                    }
                    String shift = group(m, "post") != null ? m.group("post") : group(m, "pre");
                    if (english && group(m, "post") != null && countsFromEvent(TimeLexicon.normalize(m.group("post")), duration.unit())) {
                        // "three days later", "a day earlier": the shift counts from the event just narrated, not from the
                        // document date, so TimeML tags the stretch as a duration and leaves the signal word outside
                        return group(m, "half") != null && duration.amount() != null ? duration.withPart(HALF) : duration;
                    }
                    if (shift != null) {
                        String s = TimeLexicon.normalize(shift);
                        boolean back = lex.has("ago", s);
                        boolean prefixOk = group(m, "pre") == null || lex.value(back ? "ago" : "later", s).orElse("").equals("pre");
                        boolean suffixOk = group(m, "post") == null || lex.value(back ? "ago" : "later", s).orElse("").equals("post");
                        if (prefixOk && suffixOk) {
                            return new Meaning(Meaning.Kind.SHIFT, null, null, null, null, null, duration.unit(), duration.amount(), 0, null,
                                    back ? -1 : 1, null, null, null);
                        }
                        return null;
                    }
                    if (group(m, "half") != null && duration.amount() != null) {
                        duration = duration.withPart(HALF);
                    }
                    return group(m, "within") != null ? duration.withDirection(1) : duration;
                });

        if (english) {
            // "two to three weeks": TimeML tags each end of a range, and the first end takes the unit of the second
            String num2 = num.replace("(?<num>", "(?<num2>");
            add("range-start", L + "(?<x>" + num + ")(?=\\s*(?:to|-|–)\\s*" + num2 + "[\\s-]+" + unitAdjective + unit + R + ")",
                    TimeExpression.Type.DURATION, needs(union(DIGITS, forms("num")), words("to", "-", "–"), forms("unit")), m -> {
                        Meaning duration = duration(m);
                        Integer last = numberOf(m.group("num2"));
                        // "a few to ten days" is no range, nor "one to one"
                        return duration == null || duration.amount() == null || last == null || last <= duration.amount()
                                || "H".equals(duration.unit()) ? null : duration;
                    });
        }

        // now, recently, the future, в ближайшее время
        add("vague", L + "(?<x>(?<ref>" + lex.alternation("present") + "|" + lex.alternation("past") + "|" + lex.alternation("future") + "))" + R,
                TimeExpression.Type.DATE, needs(union(forms("present"), forms("past"), forms("future"))), m -> {
                    String form = TimeLexicon.normalize(m.group("ref"));
                    String ref = lex.has("present", form) ? "PRESENT_REF" : lex.has("past", form) ? "PAST_REF" : "FUTURE_REF";
                    return Meaning.of(Meaning.Kind.VAGUE).ref(ref);
                });

        // in the coming weeks, w najbliższych tygodniach, recent years (a plural unit after next/last)
        // are handled by relative-unit; every Monday, each week, weekly
        add("set", L + "(?<x>(?:" + lex.alternation("every") + ")\\s+(?:(?<num>\\d{1,2}|" + numWord + ")\\s+)?(?:(?<wd>" + weekday + ")|" + month + "|" + unit + "))" + R,
                TimeExpression.Type.SET, needs(forms("every"), union(forms("weekday"), forms("month"), forms("unit"))), m -> {
                    if (group(m, "wd") != null) {
                        return Meaning.of(Meaning.Kind.SET).withWeekday(weekdayOf(m.group("wd")));
                    }
                    if (group(m, "mon") != null) {
                        // "each July"
                        return english && !Character.isUpperCase(m.group("mon").charAt(0)) ? null
                                : Meaning.of(Meaning.Kind.SET).withOffset(monthOf(m.group("mon")));
                    }
                    Integer n = group(m, "num") == null ? Integer.valueOf(1) : numberOf(m.group("num"));
                    return Meaning.of(Meaning.Kind.SET).unit(unitOf(m.group("unit")), n);
                });
        if (english) {
            // "for years", "within weeks", "over the years": an unquantified stretch of plural units
            add("bare-plural-duration", "(?=the\\s|days|weeks|months|years|decades|centuries)(?:(?<=(?:for|within|in)\\s)|(?<=(?:over|during|through)\\s)(?=the\\s))(?<x>(?:the\\s+)?(?<unit>days|weeks|months|years|decades|centuries))" + R
                            + "(?!\\s+(?:of|ago|earlier|later|to\\s+come|old|before|after|since|when|that)" + R + ")",
                    TimeExpression.Type.DURATION, needs(words("days", "weeks", "months", "years", "decades", "centuries")), m -> Meaning.of(Meaning.Kind.DURATION).unit(unitOf(m.group("unit")), null));
        }
        if (english) {
            // "the weeks ahead", "the months to come": an open stretch of plural units from now
            add("units-ahead", L + "(?<x>the\\s+(?<unit>days|weeks|months|years)\\s+(?:ahead|to\\s+come))" + R,
                    TimeExpression.Type.DURATION, needs(words("the"), words("days", "weeks", "months", "years")), m -> Meaning.of(Meaning.Kind.DURATION).unit(unitOf(m.group("unit")), null));
        }
        if (english) {
            // "a decades-long dispute", "months-long talks": a stretch of plural units, of no stated count
            add("plural-long", L + "(?<x>(?<unit>days|weeks|months|years|decades|centuries)-long)" + R,
                    TimeExpression.Type.DURATION, needs(words("s-long")), m -> Meaning.of(Meaning.Kind.DURATION).unit(unitOf(m.group("unit")), null));
            // "at this difficult moment": the moment of speaking, whatever adjective it takes
            add("this-moment", L + "(?<x>this\\s+(?:\\p{L}+\\s+)?moment)" + R,
                    TimeExpression.Type.DATE, needs(words("this"), words("moment")), m -> Meaning.of(Meaning.Kind.VAGUE).ref("PRESENT_REF"));
            // "in future quarters", "future years": an open stretch after now, as "coming quarters" is
            add("future-units", L + "(?<x>future\\s+(?<unit>days|weeks|months|quarters|years|decades))" + R,
                    TimeExpression.Type.DATE, needs(words("future"), words("days", "weeks", "months", "quarters", "years", "decades")),
                    m -> Meaning.of(Meaning.Kind.VAGUE).ref("FUTURE_REF").unit(unitOf(m.group("unit")), null).withDirection(1));
            // "for a while", "for a rather long period": a stretch of no stated length or unit
            add("vague-stretch", "(?=a\\s)(?<=for\\s)(?<x>a\\s+(?:(?:fairly|very|rather|relatively|quite)\\s+)?(?:(?:long|lengthy|short|brief|little)\\s+)?(?<noun>while|period|time))" + R
                            + "(?!\\s+(?:of|when|in|that|before|after)" + R + ")",
                    TimeExpression.Type.DURATION, needs(words("a"), words("while", "period", "time")), m -> {
                        // "for a while" and "for a time" stand alone; a bare "for a period" is mostly cut short ("... of five years")
                        boolean bare = TimeLexicon.normalize(m.group("x")).split(" ").length == 2;
                        return bare && m.group("noun").equalsIgnoreCase("period") ? null : Meaning.of(Meaning.Kind.DURATION).unit("X", null);
                    });
            // "the first hours of the storm", "in the early years": the opening stretch of some period, of unstated length
            add("opening-units", L + "(?<x>the\\s+(?:first|early|initial|opening)\\s+(?<unit>hours|days|weeks|months|years|decades))" + R,
                    TimeExpression.Type.DURATION, needs(words("the"), words("first", "early", "initial", "opening"), words("hours", "days", "weeks", "months", "years", "decades")),
                    m -> Meaning.of(Meaning.Kind.DURATION).unit(unitOf(m.group("unit")), null));
            // "today is the fifth day of the strike", "it's the second day of the talks": the day of speaking
            String nth = "(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))";
            add("nth-day-today", L + "(?:(?:today|it|this)\\s+(?:is|was)|(?:it|that)['’]s)\\s+"
                            + "(?<x>(?:the\\s+)?" + nth + "\\s+(?:straight\\s+|consecutive\\s+)?day)"
                            + "(?=\\s+(?:of|since|in)" + R + ")",
                    TimeExpression.Type.DATE, needs(words("day")), m -> Meaning.of(Meaning.Kind.RELATIVE_DAY).withOffset(0));
        }
        add("set-word", L + "(?<x>(?<s>" + lex.alternation("set") + "))" + R,
                TimeExpression.Type.SET, needs(forms("set")), m -> Meaning.of(Meaning.Kind.SET).unit(lex.value("set", m.group("s")).orElse("D"), 1));

        // the third quarter, third-quarter, the fourth quarter of 1997, w trzecim kwartale 2022, the quarter
        String ordinal = "(?<ord>" + lex.alternation("ordinal") + ")";
        String quarterUnit = "(?<unit>" + lex.alternation("unit", v -> v.equals("Q") || v.equals("H")) + ")";
        String fiscal = english ? "(?:(?:fiscal|calendar)\\s+)?" : "";
        add("quarter", L + "(?<x>" + the + "(?:" + mods + "\\s+)?" + fiscal + ordinal + "[\\s-]+" + fiscal + quarterUnit
                        + "(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?" + year + ")?)" + R,
                TimeExpression.Type.DATE, needs(forms("ordinal"), forms("unit", v -> v.equals("Q") || v.equals("H"))), m -> {
                    String u = unitOf(m.group("unit"));
                    int n = Integer.parseInt(lex.value("ordinal", m.group("ord")).orElse("1"));
                    if ("H".equals(u) && n > 2) {
                        // "the last half"
                        n = 2;
                    }
                    Meaning quarter = new Meaning(Meaning.Kind.QUARTER, m.group("y") == null ? null : Integer.parseInt(m.group("y")),
                            null, null, null, null, u, n, Meaning.NO_OFFSET, null, 0, null, null, null);
                    // "a retailer earns most in the fourth quarters": a plural quarter of no year recurs every year
                    return english && m.group("y") == null && group(m, "mod") == null && isPluralQuarter(m.group("unit")) ? quarter.ref(GENERIC) : quarter;
                });
        if (english) {
            // "the third and fourth quarters": the first ordinal names a quarter too, of the year and kind the last one has
            String ordinal2 = "(?<ord2>" + lex.alternation("ordinal") + ")";
            String quarterUnit2 = "(?<unit>" + lex.alternation("unit", v -> v.equals("Q") || v.equals("H")) + ")";
            add("coordinated-quarter", L + "(?<x>" + ordinal + ")(?=\\s+(?:and|or|to|through)\\s+(?:the\\s+)?" + ordinal2 + "[\\s-]+" + fiscal + quarterUnit2
                            + "(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?<y>\\d{4}))?" + R + ")",
                    TimeExpression.Type.DATE, needs(forms("ordinal"), forms("unit", v -> v.equals("Q") || v.equals("H"))), m -> {
                        String u = unitOf(m.group("unit"));
                        int n = Integer.parseInt(lex.value("ordinal", m.group("ord")).orElse("1"));
                        if ("H".equals(u) && n > 2) {
                            return null;
                        }
                        Meaning quarter = new Meaning(Meaning.Kind.QUARTER, m.group("y") == null ? null : Integer.parseInt(m.group("y")),
                                null, null, null, null, u, n, Meaning.NO_OFFSET, null, 0, null, null, null);
                        return m.group("y") == null && isPluralQuarter(m.group("unit")) ? quarter.ref(GENERIC) : quarter;
                    });
            // "the first two quarters of 2024" are that year's first half, "the last two quarters" its second
            add("two-quarters", L + "(?<x>(?:the\\s+)?(?<side>first|last)\\s+two\\s+(?:fiscal\\s+)?quarters\\s+of\\s+(?:fiscal\\s+)?(?<y>\\d{4}))" + R,
                    TimeExpression.Type.DATE, needs(words("two"), words("quarters"), DIGITS), m -> new Meaning(Meaning.Kind.QUARTER,
                            Integer.parseInt(m.group("y")), null, null, null, null, "H", m.group("side").equalsIgnoreCase("first") ? 1 : 2,
                            Meaning.NO_OFFSET, null, 0, null, null, null));
        }
        if (english) {
            // "the year ended June 30" is a fiscal year: a year-long stretch, not a calendar year
            String ended = "(?:(?=\\s+(?:ended|ending)" + R + ")(?<ended>))?";
            // "the quarter-to-quarter change" compares quarters in general
            add("the-quarter", L + "(?<x>the\\s+(?:(?:latest|recent|most\\s+recent|year-earlier|year-ago|fiscal|full)\\s+)?(?<unit>quarter|year|period|month|week|weekend))" + R + "(?!-to-)" + ended,
                    TimeExpression.Type.DATE, needs(words("the"), words("quarter", "year", "period", "month", "week")), m -> {
                        String u = m.group("unit").toLowerCase(Locale.ROOT);
                        String x = TimeLexicon.normalize(m.group("x"));
                        int offset = x.contains("year-earlier") || x.contains("year-ago") ? -4 : 0;
                        boolean latest = x.contains("latest") || x.contains("recent");
                        if (u.equals("year") && group(m, "ended") != null && (x.equals("the year") || x.equals("the fiscal year"))) {
                            return Meaning.of(Meaning.Kind.DURATION).unit("Y", 1);
                        }
                        if (u.equals("year") && (x.equals("the full year") || x.equals("the fiscal year"))) {
                            return Meaning.of(Meaning.Kind.RELATIVE_UNIT).unit("Y", null).withOffset(0);
                        }
                        if (u.equals("period") && !latest) {
                            return null;
                        }
                        // "the latest period" of an earnings report is its latest quarter
                        if (u.equals("quarter") || u.equals("period")) {
                            return new Meaning(Meaning.Kind.QUARTER, null, null, null, null, null, "Q", null, offset - 1, null, offset < 0 ? -1 : 0,
                                    latest ? "LATEST" : null, null, null);
                        }
                        if (!x.equals("the " + u)) {
                            return null;
                        }
                        return Meaning.of(Meaning.Kind.RELATIVE_UNIT).unit(unitOf(u), null).withOffset(0);
                    });
        }

        if (english) {
            String ord = "(?<ord>" + lex.alternation("ordinal") + ")";
            // "this year's third quarter", "last year's quarter", "next year's first half"
            add("relative-year-quarter", L + "(?<x>(?<mod>this|last|next)\\s+year's\\s+(?:" + ord + "[\\s-]+)?(?:fiscal\\s+)?(?<unit>quarter|period|half))" + R,
                    TimeExpression.Type.DATE, needs(words("year's"), words("quarter", "period", "half")), m -> quarterOfShiftedYear(m, modOffset(m.group("mod"))));
            // "the year-ago third quarter", "the year-earlier second quarter"
            add("year-ago-quarter", L + "(?<x>(?:the\\s+)?(?:comparable\\s+|corresponding\\s+)?year-(?:earlier|ago)\\s+" + ord
                            + "[\\s-]+(?:fiscal\\s+)?(?<unit>quarter|half))" + R,
                    TimeExpression.Type.DATE, needs(words("year-"), forms("ordinal"), words("quarter", "half")), m -> quarterOfShiftedYear(m, -1));
            // "the corresponding period last year", "the quarter a year ago", "the same quarter of the previous year"
            add("period-year-ago", L + "(?<x>the\\s+(?:(?:comparable|corresponding|same)\\s+)?(?<unit>quarter|period)\\s+(?:of\\s+)?"
                            + "(?:last\\s+year|a\\s+year\\s+(?:ago|earlier)|the\\s+previous\\s+year|the\\s+year\\s+before))" + R,
                    TimeExpression.Type.DATE, needs(words("the"), words("quarter", "period"), words("year")), m -> quarterOfShiftedYear(m, -1));
            // "year-end", "year's end": the end of the year spoken of
            add("year-end", L + "(?<x>(?:the\\s+)?year(?:-|\\s+|'s\\s+)end)" + R + "(?!ed|ing)",
                    TimeExpression.Type.DATE, needs(words("year"), words("end")), m -> Meaning.of(Meaning.Kind.RELATIVE_UNIT).unit("Y", null).withOffset(0).withPart("END"));
        }

        if (english) {
            // "the year-earlier period", "year-ago": the period just spoken of, a year before
            add("year-earlier", L + "(?<x>(?:the\\s+)?(?:comparable\\s+)?year-(?:earlier|ago)(?:\\s+(?:period|quarter))?)" + R,
                    TimeExpression.Type.DATE, needs(words("year-")), m -> new Meaning(Meaning.Kind.SHIFT, null, null, null, null, null, "Y", 1, 0, null, -1, null, null, null));
            // "nineteen ninety-six", "the year two thousand"
            String tensWord = lex.alternation("num", v -> v.matches("[2-9]0"));
            String unitWord = lex.alternation("num", v -> v.matches("[1-9]"));
            add("spoken-year", L + "(?<x>(?:" + month + ",?\\s+|(?:the\\s+)?" + season + "\\s+(?:of\\s+)?|the\\s+year\\s+)?(?:(?<c>nineteen|eighteen)\\s+(?<t>" + tensWord + ")(?:[\\s-]+(?<u>" + unitWord + "))?"
                            + "|(?<k>two\\s+thousand)(?:\\s+(?:and\\s+)?(?<u2>" + unitWord + "))?))" + R
                            // "two thousand years" is a count of years, not the year 2000
                            + "(?![\\s-]+" + lex.alternation("unit") + R + ")",
                    TimeExpression.Type.DATE, needs(words("nineteen", "eighteen", "thousand")), m -> {
                        int y;
                        if (m.group("k") != null) {
                            y = 2000 + (m.group("u2") == null ? 0 : numberOf(m.group("u2")));
                        } else {
                            y = (m.group("c").equalsIgnoreCase("nineteen") ? 1900 : 1800) + numberOf(m.group("t"))
                                    + (m.group("u") == null ? 0 : numberOf(m.group("u")));
                        }
                        if (group(m, "season") != null) {
                            // "the winter of nineteen ninety-four"
                            return new Meaning(Meaning.Kind.SEASON, y, null, null, null, null, null, null, Meaning.NO_OFFSET,
                                    lex.value("season", m.group("season")).orElse("SU"), 0, null, null, null);
                        }
                        if (group(m, "mon") != null && !Character.isUpperCase(m.group("mon").charAt(0))) {
                            return null;
                        }
                        return Meaning.date(y, group(m, "mon") == null ? null : monthOf(m.group("mon")), null);
                    });
        }

        if (english) {
            // "the 1988 second quarter", "the 1989 period": a quarter of that year
            add("year-quarter", L + "(?<x>the\\s+(?<y>\\d{4})\\s+(?:(?<ord>" + lex.alternation("ordinal") + ")[\\s-]+)?(?:fiscal\\s+)?(?:quarter|period))" + R,
                    TimeExpression.Type.DATE, needs(DIGITS, words("quarter", "period")), m -> new Meaning(Meaning.Kind.QUARTER, Integer.parseInt(m.group("y")), null, null, null, null, "Q",
                            m.group("ord") == null ? null : Integer.valueOf(lex.value("ordinal", m.group("ord")).orElse("1")),
                            Meaning.NO_OFFSET, null, 0, "OF_YEAR", null, null));
        }

        // summer 1941, влітку 1942, this spring, навесні
        // a bare English season is a date only after "the" or a preposition ("into the summer", "in spring")
        String seasonContext = english ? "(?:(?<=(?:in|into|over|during|through|since|until|by|before|after)\\s)(?<ctx>))?" : "";
        String seasonThe = english ? "(?<the>the\\s+)?" : "";
        add("season", L + seasonContext + "(?<x>" + seasonThe + "(?:" + mods + "\\s+|" + boundary + "\\s+)?" + season + "(?:,?\\s+(?:of\\s+)?" + year + "(?:\\s*(?:" + yearWord + "))?" + bc + ")?)" + R,
                TimeExpression.Type.DATE, needs(forms("season")), m -> {
                    String mod = group(m, "mod");
                    Meaning meaning = new Meaning(Meaning.Kind.SEASON, yearOf(m), null, null, null,
                            null, null, null, mod == null ? Meaning.NO_OFFSET : modOffset(mod),
                            lex.value("season", m.group("season")).orElse("SU"), 0, null, null, null);
                    if (english && mod == null && m.group("y") == null && group(m, "the") == null && group(m, "ctx") == null) {
                        return null;
                    }
                    return meaning;
                });

        // 10:30, 3 p.m., 12:30 pm
        // "10 p.m. Wednesday", "5 p.m. EST Nov. 9": an English clock time may name its day after it
        String clockDay = english ? "(?:\\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC))?(?:,?\\s+(?:on\\s+)?(?:(?<wd>" + weekday + ")|" + month
                + "\\s+(?<d>\\d{1,2}))(?![\\p{L}\\p{N}]|[.,:]\\d))?" : "";
        add("clock", L + "(?<x>(?<h>\\d{1,2})(?::(?<mi>\\d{2}))(?:\\s*(?<ampm>a\\.m\\.|p\\.m\\.|am|pm))?" + clockDay + ")(?![\\p{L}\\p{N}]|[.:]\\d)",
                TimeExpression.Type.TIME, needs(DIGITS, words(":")), m -> clock(m));
        add("clock-ampm", L + "(?<x>(?<h>\\d{1,2})\\s*(?<ampm>a\\.m\\.|p\\.m\\.)" + clockDay + ")",
                TimeExpression.Type.TIME, needs(DIGITS, words("a.m.", "p.m.")), m -> clock(m));
        if (english) {
            add("noon", L + "(?<x>(?<named>noon|midnight)\\s+(?<wd>" + weekday + "))" + R,
                    TimeExpression.Type.TIME, needs(words("noon", "midnight"), forms("weekday")), m -> clock(m));
        }
    }

    // ------------------------------------------------------------------ builders

    /** The marker of a year given relative to the anchor's ("January this year", "this year's third quarter"). */
    static final String YEAR_SHIFT = "YEAR_SHIFT";

    /** The quarter or half a rule names ("third quarter"), or the one last spoken of, in the year shifted from the anchor's. */
    private Meaning quarterOfShiftedYear(Matcher m, int yearOffset) {
        String u = m.group("unit").toLowerCase(Locale.ROOT).equals("half") ? "H" : "Q";
        Integer n = group(m, "ord") == null ? null : Integer.valueOf(lex.value("ordinal", m.group("ord")).orElse("1"));
        if ("H".equals(u) && n != null && n > 2) {
            n = 2;
        }
        return new Meaning(Meaning.Kind.QUARTER, null, null, null, null, null, u, n, yearOffset, null, yearOffset < 0 ? -1 : 0, YEAR_SHIFT, null, null);
    }

    /**
     * Whether "N units later/earlier" counts from a narrated event rather than the document date:
     * always for "later"; for "earlier" only with units shorter than a month, since "a year earlier"
     * and "a month earlier" in reports compare with the period the report covers.
     */
    private static boolean countsFromEvent(String signal, String unit) {
        return signal.equals("later") || signal.equals("earlier") && List.of("D", "W", "TH", "TM").contains(unit);
    }

    /** The marker of a quarter of no particular year ("in the second and fourth quarters" of every year). */
    static final String GENERIC = "GENERIC";

    private static boolean isPluralQuarter(String unitForm) {
        return unitForm.toLowerCase(Locale.ROOT).endsWith("s");
    }

    /** The part of a duration that adds half a unit ("two and a half years"). */
    static final String HALF = "HALF";

    /** A date after "since" lies before the anchor: direction -1 tells the resolver so. */
    private Meaning sinceMarked(Matcher m, Meaning date) {
        return group(m, "since") != null ? date.withDirection(-1) : date;
    }

    private Meaning clock(Matcher m) {
        String named = group(m, "named");
        int h = named != null ? (named.equalsIgnoreCase("noon") ? 12 : 24) : Integer.parseInt(m.group("h"));
        int mi = group(m, "mi") == null ? 0 : Integer.parseInt(m.group("mi"));
        String ampm = group(m, "ampm");
        if (ampm != null) {
            boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
            if (h < 1 || h > 12) {
                return null;
            }
            h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
        }
        if (h > 24 || mi > 59) {
            return null;
        }
        String wd = group(m, "wd");
        if (wd != null && !Character.isUpperCase(wd.charAt(0))) {
            return null;
        }
        Meaning time = Meaning.of(Meaning.Kind.TIME).clock(h, mi).withWeekday(weekdayOf(wd));
        if (group(m, "d") != null && group(m, "mon") != null) {
            time = new Meaning(Meaning.Kind.TIME, null, monthOf(m.group("mon")), Integer.parseInt(m.group("d")), null, time.weekday(),
                    null, null, Meaning.NO_OFFSET, null, 0, null, h, mi);
        }
        return time;
    }

    private Meaning dayMonth(Matcher m) {
        String dayWord = group(m, "dw");
        int day = dayWord != null ? Integer.parseInt(lex.value("dayord", dayWord).orElse("0")) : Integer.parseInt(m.group("d"));
        Integer month = monthOf(m.group("mon"));
        Integer y = yearOf(m);
        Integer endDay = group(m, "d2") == null ? null : Integer.parseInt(m.group("d2"));
        if (month == null || day < 1 || day > 31 || endDay != null && (endDay <= day || endDay > 31)) {
            return null;
        }
        return Meaning.dateRange(y, month, day, endDay);
    }

    private static Meaning validDate(int y, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || y < 1000 || y > 2200) {
            return null;
        }
        return Meaning.date(y, month, day);
    }

    private Integer yearOf(Matcher m) {
        String y = group(m, "y");
        if (y == null) {
            return null;
        }
        int year = Integer.parseInt(y);
        return group(m, "bc") != null ? -year : year;
    }

    private Integer monthOf(String form) {
        return lex.value("month", form).map(Integer::valueOf).orElse(null);
    }

    private Integer weekdayOf(String form) {
        return form == null ? null : lex.value("weekday", form).map(Integer::valueOf).orElse(null);
    }

    private String boundaryOf(String form) {
        return form == null ? null : lex.value("boundary", form.replaceAll("-$", "").strip())
                .or(() -> lex.value("boundary", form)).orElse(null);
    }

    private String partOfDayOf(String form) {
        return form == null ? null : lex.value("partofday", form).orElse(null);
    }

    private String unitOf(String form) {
        return lex.value("unit", form).orElse(form.toLowerCase(Locale.ROOT).startsWith("quarter") ? "Q" : "Y");
    }

    private int modOffset(String form) {
        String value = lex.value("mod", form).orElse("this");
        return switch (value) {
            case "next" -> 1;
            case "last" -> -1;
            default -> 0;
        };
    }

    /** Null when vague ("several"). */
    private Integer numberOf(String text) {
        String t = TimeLexicon.normalize(text);
        if (t.matches("\\d+")) {
            return Integer.valueOf(t);
        }
        if (t.matches("\\d+[.,]5")) {
            return null;
        }
        Optional<String> whole = lex.value("num", t);
        if (whole.isPresent()) {
            return whole.get().equals("X") ? null : Integer.valueOf(whole.get());
        }
        int sum = 0;
        for (String part : t.split("[\\s-]+")) {
            Optional<String> v = lex.value("num", part);
            if (v.isEmpty() || v.get().equals("X")) {
                return null;
            }
            sum += Integer.parseInt(v.get());
        }
        return sum;
    }

    private Meaning duration(Matcher m) {
        String numText = m.group("num");
        String n = TimeLexicon.normalize(numText);
        Matcher halves = Pattern.compile("(\\d+)(?:[.,]5| ?1/2| ?½)").matcher(n);
        if (halves.matches()) {
            // "2 1/2 years", "1,5 roku": a whole count and a half unit
            return Meaning.of(Meaning.Kind.DURATION).unit(unitOf(m.group("unit")), Integer.valueOf(halves.group(1))).withPart(HALF);
        }
        Integer amount = numberOf(numText);
        if (english && amount != null && amount == 1 && !n.matches("\\d+") && m.group("unit").toLowerCase(Locale.ROOT).endsWith("s")) {
            // "a decades-long dispute": the article belongs to the noun, not to the count ("plural-long" tags the rest)
            return null;
        }
        if (amount == null && !lex.value("num", n).map("X"::equals).orElse(false)) {
            if (!n.matches("\\d+[.,]5")) {
                return null;
            }
        }
        if (amount != null && amount == 0) {
            return null;
        }
        return Meaning.of(Meaning.Kind.DURATION).unit(unitOf(m.group("unit")), amount);
    }

    private Meaning relativeUnit(Matcher m) {
        if (english && group(m, "quoted") != null && Character.isUpperCase(m.group("unit").charAt(0))) {
            // "This Week" in quotes with a capital W is a title (a programme, a column), not a week
            return null;
        }
        String modForm = TimeLexicon.normalize(m.group("mod"));
        String unitForm = TimeLexicon.normalize(m.group("unit"));
        int offset = modOffset(modForm);
        String u = unitOf(unitForm);
        if (isPlural(modForm, unitForm)) {
            if (offset == 0) {
                return null;
            }
            // "in the coming weeks", "recent years": a vague stretch reaching forward or back from the anchor
            return Meaning.of(Meaning.Kind.VAGUE).ref(offset > 0 ? "FUTURE_REF" : "PAST_REF").unit(u, null).withDirection(offset);
        }
        Meaning relative = Meaning.of(Meaning.Kind.RELATIVE_UNIT).unit(u, null).withOffset(offset).withPart(boundaryOf(group(m, "bd")));
        // "that year", "того ж дня": the period of the date last mentioned; "the following year" counts from it
        boolean anaphoric = "that".equals(lex.value("mod", modForm).orElse("")) || lex.has("anaphoric", modForm);
        return anaphoric ? relative.ref("THAT") : relative;
    }

    /** Whether "next/last + unit" speaks of several units ("coming weeks", "najbliższych tygodniach"). */
    private boolean isPlural(String mod, String unitForm) {
        if (english) {
            return unitForm.endsWith("s") && !unitForm.equals("days") || unitForm.equals("centuries") || unitForm.equals("days");
        }
        String[] pluralEndings = switch (lex.language()) {
            case "pl" -> new String[] {"ych", "ich", "ymi", "imi"};
            case "ru" -> new String[] {"ие", "их", "ые", "ых"};
            case "uk" -> new String[] {"ні", "ні", "их", "іх", "чі", "ті"};
            case "bg" -> new String[] {"ите", "ки"};
            case "cs" -> new String[] {"ích", "ých"};
            case "sl" -> new String[] {"ih"};
            default -> new String[0];
        };
        for (String ending : pluralEndings) {
            if (mod.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static int romanOrArabic(String text) {
        if (text.matches("\\d+")) {
            return Integer.parseInt(text);
        }
        int total = 0;
        int previous = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            int v = switch (Character.toUpperCase(text.charAt(i))) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
