package dev.kronika.extract.core.time;

import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.model.TimeWindow;
import dev.kronika.extract.core.model.TimeWindow.Granularity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Turns a {@link Meaning} into a TIMEX3 value and a window of days, anchored on the document
 * date: omitted years and bare weekdays go to the occurrence nearest the anchor in the direction
 * the sentence's tense implies. In {@link ReferenceMode#NARRATIVE} text, dates without a year take
 * it from the last date mentioned instead, as TIMEX3 annotation of narratives prescribes.
 *
 * <p>One resolver serves one document, in text order: it remembers the last date mentioned.
 */
final class TimexResolver {

    /** How many units "the coming weeks" or "recent months" are taken to span. */
    private static final int VAGUE_UNITS = 4;
    /** How far after the anchor a year-less date in a past-tense sentence may still fall. */
    private static final int PAST_TENSE_FUTURE_DAYS = 90;
    /** How far before the last month mentioned a narrative may go back within the same year. */
    private static final int NARRATIVE_BACKWARD_MONTHS = 6;

    record Resolved(TimeExpression.Type type, String value, TimeWindow window) {
    }

    private final Optional<LocalDate> anchor;
    private final ReferenceMode mode;
    /** The last date mentioned, and the granularity it was given in. */
    private LocalDate reference;
    private Granularity referenceGranularity = Granularity.UNSPECIFIED;
    /** The quarter the last date expression named, if it named one. */
    private LocalDate lastQuarter;
    /** Whether the period spoken of last is a stretch of several quarters ("the first nine months") rather than a quarter. */
    private boolean periodIsStretch;
    /** The last quarter the text named by its number ("the third quarter"). */
    private LocalDate quarterMentioned;

    TimexResolver(Optional<LocalDate> anchor, ReferenceMode mode) {
        this.anchor = anchor;
        this.mode = mode;
    }

    Resolved resolve(Meaning meaning, TimeExpression.Type type, Tense tense) {
        Resolved resolved = switch (meaning.kind()) {
            case DATE -> date(meaning, tense);
            case WEEKDAY -> weekday(meaning, tense);
            case RELATIVE_DAY -> relativeDay(meaning);
            case RELATIVE_UNIT -> relativeUnit(meaning, tense);
            case SHIFT -> shift(meaning);
            case DURATION -> duration(meaning);
            case VAGUE -> vague(meaning);
            case SET -> set(meaning);
            case QUARTER -> quarter(meaning, tense);
            case SEASON -> season(meaning, tense);
            case DECADE -> decade(meaning);
            case CENTURY -> century(meaning);
            case TIME -> time(meaning, tense);
            case NARRATIVE_DAY -> relativeUnit(meaning, tense);
        };
        remember(meaning, resolved);
        return resolved;
    }

    /** Dates the text gives explicitly become the reference of later year-less dates in narratives. */
    private void remember(Meaning meaning, Resolved resolved) {
        if (resolved.type() == TimeExpression.Type.DURATION && "M".equals(meaning.unit()) && meaning.amount() != null && meaning.amount() > 3) {
            // "the first nine months": the report now speaks of a stretch longer than a quarter
            periodIsStretch = true;
        } else if (resolved.window().granularity() == Granularity.QUARTER) {
            periodIsStretch = false;
        }
        if (resolved.type() == TimeExpression.Type.DATE && resolved.window().earliest().isPresent()) {
            // "a year earlier", "the year-ago quarter" compare with the quarter spoken of; they do not replace it
            boolean comparison = meaning.kind() == Meaning.Kind.SHIFT || meaning.kind() == Meaning.Kind.QUARTER && meaning.direction() < 0;
            // "now", "yesterday", "on Monday" tell when the report speaks, not which period it reports on
            boolean deictic = meaning.kind() == Meaning.Kind.VAGUE || meaning.kind() == Meaning.Kind.RELATIVE_DAY
                    || meaning.kind() == Meaning.Kind.WEEKDAY;
            // "the quarter ended Sept. 30": a day inside the quarter spoken of keeps it the subject
            LocalDate day = resolved.window().earliest().get();
            boolean insideQuarter = lastQuarter != null && resolved.window().granularity() == Granularity.DAY
                    && !day.isBefore(lastQuarter) && day.isBefore(lastQuarter.plusMonths(3));
            if (!comparison && !insideQuarter && !deictic) {
                lastQuarter = resolved.window().granularity() == Granularity.QUARTER ? resolved.window().earliest().get() : null;
            }
            if (lastQuarter != null && meaning.kind() == Meaning.Kind.QUARTER && meaning.amount() != null) {
                quarterMentioned = lastQuarter;
            }
        }
        if (resolved.type() != TimeExpression.Type.DATE && resolved.type() != TimeExpression.Type.TIME
                || resolved.window().earliest().isEmpty()) {
            return;
        }
        // a weekday or "yesterday" names a day too: "the previous Friday", "the next day" after it count from it
        boolean explicit = meaning.kind() == Meaning.Kind.DATE || meaning.kind() == Meaning.Kind.SEASON && meaning.year() != null
                || (meaning.kind() == Meaning.Kind.WEEKDAY || meaning.kind() == Meaning.Kind.RELATIVE_DAY) && mode == ReferenceMode.NEWS;
        if (!explicit && mode == ReferenceMode.NEWS) {
            return;
        }
        Granularity g = resolved.window().granularity();
        if (g == Granularity.DAY || g == Granularity.MONTH || g == Granularity.YEAR || g == Granularity.TIME) {
            reference = resolved.window().earliest().get();
            referenceGranularity = g;
        }
    }

    /** What relative expressions count from: the anchor in news, the last date mentioned in narratives. */
    private Optional<LocalDate> base() {
        if (mode == ReferenceMode.NARRATIVE && reference != null) {
            return Optional.of(reference);
        }
        return anchor.or(() -> Optional.ofNullable(reference));
    }

    // ------------------------------------------------------------------ dates

    private Resolved date(Meaning m, Tense tense) {
        if (m.year() != null && m.month() == null) {
            return year(m.year(), m.part());
        }
        if (m.month() == null) {
            return unresolved(TimeExpression.Type.DATE, "XXXX");
        }
        Integer y = m.year();
        if (y == null && TimeGrammar.YEAR_SHIFT.equals(m.ref()) && base().isPresent()) {
            y = base().get().getYear() + m.offset();
        }
        if (y == null && m.offset() != Meaning.NO_OFFSET && base().isPresent()) {
            y = modifiedMonthYear(base().get(), m.month(), m.offset());
        }
        if (y == null) {
            y = inferYear(m, tense);
        }
        if (y == null) {
            String value = m.day() == null ? "XXXX-%02d".formatted(m.month()) : "XXXX-%02d-%02d".formatted(m.month(), m.day());
            return unresolved(TimeExpression.Type.DATE, value);
        }
        if (m.day() == null) {
            LocalDate first = LocalDate.of(y, m.month(), 1);
            return new Resolved(TimeExpression.Type.DATE, yearText(y) + "-%02d".formatted(m.month()),
                    part(first, first.plusMonths(1).minusDays(1), Granularity.MONTH, m.part()));
        }
        LocalDate day = safeDate(y, m.month(), m.day());
        if (day == null) {
            return unresolved(TimeExpression.Type.DATE, "XXXX-%02d-%02d".formatted(m.month(), m.day()));
        }
        if (m.part() != null && m.endDay() == null && m.part().length() == 2) {
            return withPartOfDay(day, m.part());
        }
        LocalDate last = m.endDay() == null ? day : safeDate(y, m.month(), m.endDay());
        TimeWindow window = last == null || last.equals(day) ? TimeWindow.day(day) : TimeWindow.between(day, last, Granularity.DAY);
        return new Resolved(TimeExpression.Type.DATE, dayText(day), window);
    }

    /** "this September" is in the anchor's year; "next April" the first after the anchor's month; "last May" the one before. */
    private static int modifiedMonthYear(LocalDate a, int month, int offset) {
        if (offset > 0) {
            return month > a.getMonthValue() ? a.getYear() : a.getYear() + 1;
        }
        if (offset < 0) {
            return month < a.getMonthValue() ? a.getYear() : a.getYear() - 1;
        }
        return a.getYear();
    }

    private Integer inferYear(Meaning m, Tense tense) {
        if (mode == ReferenceMode.NARRATIVE && reference != null) {
            // narratives move forward: a month well before the last one mentioned starts the next year
            boolean monthKnown = referenceGranularity == Granularity.DAY || referenceGranularity == Granularity.MONTH;
            return monthKnown && m.month() < reference.getMonthValue() - NARRATIVE_BACKWARD_MONTHS ? reference.getYear() + 1 : reference.getYear();
        }
        Optional<LocalDate> base = base();
        if (base.isEmpty()) {
            return m.weekday() != null && m.day() != null ? latestYearWithWeekday(m) : null;
        }
        LocalDate a = base.get();
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = a.getYear() - 1; y <= a.getYear() + 1; y++) {
            LocalDate start;
            LocalDate end;
            if (m.day() != null) {
                start = safeDate(y, m.month(), m.day());
                if (start == null) {
                    continue;
                }
                end = start;
            } else {
                start = LocalDate.of(y, m.month(), 1);
                end = start.plusMonths(1).minusDays(1);
            }
            // reporting verbs put many sentences about coming dates in the past tense: past only rules out distant futures
            if (tense == Tense.FUTURE && end.isBefore(a) || tense == Tense.PAST && start.isAfter(a.plusDays(PAST_TENSE_FUTURE_DAYS))) {
                continue;
            }
            if (m.direction() < 0 && start.isAfter(a)) {
                // "since March" looks back
                continue;
            }
            if (m.weekday() != null && m.day() != null && start.getDayOfWeek().getValue() != m.weekday()) {
                continue;
            }
            long distance = a.isBefore(start) ? ChronoUnit.DAYS.between(a, start) : a.isAfter(end) ? ChronoUnit.DAYS.between(end, a) : 0;
            if (distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        if (best == null && m.weekday() != null) {
            return inferYear(m.withWeekday(null), tense);
        }
        return best == null ? a.getYear() : best;
    }

    /** With no anchor, a weekday beside a day and month fixes the year: the latest such year up to now. */
    private static Integer latestYearWithWeekday(Meaning m) {
        LocalDate today = LocalDate.now();
        for (int y = today.getYear(); y > today.getYear() - 30; y--) {
            LocalDate day = safeDate(y, m.month(), m.day());
            if (day != null && !day.isAfter(today) && day.getDayOfWeek().getValue() == m.weekday()) {
                return y;
            }
        }
        return null;
    }

    private Resolved year(int y, String part) {
        if (y <= 0) {
            return new Resolved(TimeExpression.Type.DATE, yearText(y), TimeWindow.unknown());
        }
        LocalDate first = LocalDate.of(y, 1, 1);
        return new Resolved(TimeExpression.Type.DATE, yearText(y), part(first, first.plusYears(1).minusDays(1), Granularity.YEAR, part));
    }

    private Resolved weekday(Meaning m, Tense tense) {
        Optional<LocalDate> day = weekdayDate(m, tense);
        if (day.isEmpty()) {
            return unresolved(TimeExpression.Type.DATE, "XXXX-WXX-" + m.weekday());
        }
        return withPartOfDay(day.get(), m.part());
    }

    private Optional<LocalDate> weekdayDate(Meaning m, Tense tense) {
        Optional<LocalDate> base = "THAT".equals(m.ref()) && reference != null ? Optional.of(reference) : base();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        LocalDate a = base.get();
        DayOfWeek dow = DayOfWeek.of(m.weekday());
        LocalDate day;
        if (m.offset() == 1) {
            day = a.with(TemporalAdjusters.next(dow));
        } else if (m.offset() == -1) {
            day = a.with(TemporalAdjusters.previous(dow));
        } else if (m.offset() == 0) {
            day = a.with(DayOfWeek.MONDAY).plusDays(m.weekday() - 1);
        } else if (tense == Tense.FUTURE) {
            day = a.with(TemporalAdjusters.nextOrSame(dow));
        } else {
            // news mostly reports what happened: without a future cue a weekday is the last one
            day = a.with(TemporalAdjusters.previousOrSame(dow));
        }
        return Optional.of(day);
    }

    private Resolved relativeDay(Meaning m) {
        if (mode == ReferenceMode.NARRATIVE && m.offset() == 0 && m.part() == null) {
            return new Resolved(TimeExpression.Type.DATE, "PRESENT_REF", anchor.map(TimeWindow::day).orElse(TimeWindow.unknown()));
        }
        if ("THAT".equals(m.ref()) && reference != null && referenceGranularity == Granularity.DAY) {
            // "in the morning" of the day last spoken of
            return withPartOfDay(reference, m.part());
        }
        if (anchor.isEmpty()) {
            return unresolved(TimeExpression.Type.DATE, m.offset() == 0 ? "PRESENT_REF" : "XXXX-XX-XX");
        }
        return withPartOfDay(anchor.get().plusDays(m.offset()), m.part());
    }

    private Resolved withPartOfDay(LocalDate day, String partOfDay) {
        if (partOfDay == null) {
            return new Resolved(TimeExpression.Type.DATE, dayText(day), TimeWindow.day(day));
        }
        return new Resolved(TimeExpression.Type.TIME, dayText(day) + "T" + partOfDay, new TimeWindow(Optional.of(day), Optional.of(day), Granularity.TIME));
    }

    private Resolved relativeUnit(Meaning m, Tense tense) {
        String unit = m.unit();
        // "the next day", "that day" count from the last date mentioned when there is one
        boolean fromReference = reference != null && ("THAT".equals(m.ref()) || "D".equals(unit) && referenceGranularity == Granularity.DAY);
        Optional<LocalDate> base = fromReference ? Optional.of(reference) : base();
        if (base.isEmpty()) {
            return unresolved(TimeExpression.Type.DATE, "XXXX");
        }
        LocalDate a = base.get();
        int offset = m.offset() == Meaning.NO_OFFSET ? 0 : m.offset();
        return switch (unit) {
            case "D" -> new Resolved(TimeExpression.Type.DATE, dayText(a.plusDays(offset)), TimeWindow.day(a.plusDays(offset)));
            case "W", "WE" -> {
                // "the weekend" told in the past before Saturday is the one just gone
                boolean lastWeekend = "WE".equals(unit) && m.offset() == 0 && tense != Tense.FUTURE && a.getDayOfWeek().getValue() < 6;
                LocalDate monday = a.plusWeeks(offset - (lastWeekend ? 1 : 0)).with(DayOfWeek.MONDAY);
                String week = weekText(monday);
                yield "WE".equals(unit)
                        ? new Resolved(TimeExpression.Type.DATE, week + "-WE", TimeWindow.between(monday.plusDays(5), monday.plusDays(6), Granularity.DAY))
                        : new Resolved(TimeExpression.Type.DATE, week, part(monday, monday.plusDays(6), Granularity.WEEK, m.part()));
            }
            case "M" -> {
                LocalDate first = a.plusMonths(offset).withDayOfMonth(1);
                yield new Resolved(TimeExpression.Type.DATE, yearText(first.getYear()) + "-%02d".formatted(first.getMonthValue()),
                        part(first, first.plusMonths(1).minusDays(1), Granularity.MONTH, m.part()));
            }
            case "Q" -> quarterOf(a.plusMonths(3L * offset), m.part());
            case "H" -> {
                LocalDate shifted = a.plusMonths(6L * offset);
                int half = shifted.getMonthValue() <= 6 ? 1 : 2;
                LocalDate first = LocalDate.of(shifted.getYear(), half == 1 ? 1 : 7, 1);
                yield new Resolved(TimeExpression.Type.DATE, shifted.getYear() + "-H" + half,
                        part(first, first.plusMonths(6).minusDays(1), Granularity.MONTH, m.part()));
            }
            case "DE" -> decade(new Meaning(Meaning.Kind.DECADE, (a.getYear() / 10 + offset) * 10, null, null, null, null, null, null, 0, m.part(), 0, null, null, null));
            case "CE" -> century(new Meaning(Meaning.Kind.CENTURY, a.getYear() / 100 + 1 + offset, null, null, null, null, null, null, 0, m.part(), 0, null, null, null));
            case "TH", "TM" -> new Resolved(TimeExpression.Type.TIME, "PRESENT_REF", TimeWindow.day(a));
            default -> year(a.getYear() + offset, m.part());
        };
    }

    private Resolved quarterOf(LocalDate day, String part) {
        int q = (day.getMonthValue() - 1) / 3 + 1;
        LocalDate first = LocalDate.of(day.getYear(), 3 * (q - 1) + 1, 1);
        return new Resolved(TimeExpression.Type.DATE, day.getYear() + "-Q" + q, part(first, first.plusMonths(3).minusDays(1), Granularity.QUARTER, part));
    }

    private Resolved quarter(Meaning m, Tense tense) {
        boolean half = "H".equals(m.unit());
        if (TimeGrammar.YEAR_SHIFT.equals(m.ref())) {
            return quarterOfShiftedYear(m);
        }
        if (TimeGrammar.GENERIC.equals(m.ref())) {
            return unresolved(TimeExpression.Type.DATE, "XXXX-" + (half ? "H" : "Q") + m.amount());
        }
        if (m.amount() == null && "OF_YEAR".equals(m.ref())) {
            // "the 1988 period": the quarter spoken of, in that year
            // after "the first nine months", "the 2022 period" is that stretch of 2022, which only the year can name
            LocalDate quarter = periodIsStretch ? null : quarterMentioned != null ? quarterMentioned : lastQuarter;
            return quarter == null ? year(m.year(), null) : quarterOf(quarter.withYear(m.year()), null);
        }
        if (m.amount() == null) {
            // "the quarter": the quarter the text spoke of last, else the last one reported (before the anchor's)
            // "the latest quarter" is the last one reported: the one spoken of only if it has already ended
            boolean reported = quarterMentioned != null && base().map(a -> quarterMentioned.plusMonths(3).isBefore(a.plusDays(1))).orElse(false);
            if (quarterMentioned != null && (!"LATEST".equals(m.ref()) || reported)) {
                return quarterOf(quarterMentioned.plusMonths(3L * (m.offset() + 1)), null);
            }
            Optional<LocalDate> base = base();
            if (base.isEmpty()) {
                return unresolved(TimeExpression.Type.DATE, "XXXX-QX");
            }
            return quarterOf(base.get().plusMonths(3L * (m.offset() == Meaning.NO_OFFSET ? 0 : m.offset())), null);
        }
        int n = m.amount();
        Integer y = m.year();
        if (y == null) {
            Optional<LocalDate> base = base();
            if (base.isEmpty()) {
                return unresolved(TimeExpression.Type.DATE, "XXXX-" + (half ? "H" : "Q") + n);
            }
            LocalDate a = base.get();
            int current = half ? (a.getMonthValue() <= 6 ? 1 : 2) : (a.getMonthValue() - 1) / 3 + 1;
            y = n <= current || tense == Tense.FUTURE ? a.getYear() : a.getYear() - 1;
        }
        if (half) {
            LocalDate first = LocalDate.of(y, n == 1 ? 1 : 7, 1);
            return new Resolved(TimeExpression.Type.DATE, y + "-H" + n, TimeWindow.between(first, first.plusMonths(6).minusDays(1), Granularity.MONTH));
        }
        LocalDate first = LocalDate.of(y, 3 * (Math.min(n, 4) - 1) + 1, 1);
        return new Resolved(TimeExpression.Type.DATE, y + "-Q" + Math.min(n, 4), TimeWindow.between(first, first.plusMonths(3).minusDays(1), Granularity.QUARTER));
    }

    /** "this year's third quarter": that quarter of the year; "last year's quarter": the quarter spoken of, a year back. */
    private Resolved quarterOfShiftedYear(Meaning m) {
        Optional<LocalDate> base = base();
        if (base.isEmpty()) {
            return unresolved(TimeExpression.Type.DATE, "XXXX-" + ("H".equals(m.unit()) ? "H" : "Q") + (m.amount() == null ? "X" : m.amount()));
        }
        int y = base.get().getYear() + m.offset();
        if (m.amount() != null) {
            return quarter(new Meaning(Meaning.Kind.QUARTER, y, null, null, null, null, m.unit(), m.amount(), Meaning.NO_OFFSET, null, 0,
                    null, null, null), Tense.NONE);
        }
        LocalDate spoken = quarterMentioned != null ? quarterMentioned : lastQuarter;
        if (spoken == null) {
            // the quarter reported last: the one before the anchor's
            spoken = base.get().minusMonths(3);
        }
        return quarterOf(spoken.withYear(y), null);
    }

    private Resolved season(Meaning m, Tense tense) {
        Integer y = m.year();
        if (y == null) {
            Optional<LocalDate> base = base();
            if (base.isEmpty()) {
                return unresolved(TimeExpression.Type.DATE, "XXXX-" + m.part());
            }
            y = base.get().getYear() + (m.offset() == Meaning.NO_OFFSET ? 0 : m.offset());
        }
        int startMonth = switch (m.part()) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        LocalDate first = LocalDate.of(y, startMonth, 1);
        return new Resolved(TimeExpression.Type.DATE, yearText(y) + "-" + m.part(), TimeWindow.between(first, first.plusMonths(3).minusDays(1), Granularity.MONTH));
    }

    private Resolved decade(Meaning m) {
        int start = m.year();
        LocalDate first = LocalDate.of(start, 1, 1);
        return new Resolved(TimeExpression.Type.DATE, String.valueOf(start / 10), part(first, first.plusYears(10).minusDays(1), Granularity.DECADE, m.part()));
    }

    private Resolved century(Meaning m) {
        int c = m.year();
        if (c < 0) {
            return new Resolved(TimeExpression.Type.DATE, "BC%02d".formatted(-c - 1), TimeWindow.unknown());
        }
        LocalDate first = LocalDate.of(Math.max(1, (c - 1) * 100), 1, 1);
        return new Resolved(TimeExpression.Type.DATE, "%02d".formatted(c - 1), part(first, first.plusYears(100).minusDays(1), Granularity.CENTURY, m.part()));
    }

    private Resolved time(Meaning m, Tense tense) {
        String clock = "T%02d:%02d".formatted(m.hour(), m.minute());
        LocalDate day;
        if (m.year() != null) {
            day = safeDate(m.year(), m.month(), m.day());
        } else if (m.month() != null && m.day() != null) {
            Integer y = inferYear(m.withWeekday(null), tense);
            day = y == null ? null : safeDate(y, m.month(), m.day());
        } else if (m.weekday() != null) {
            day = weekdayDate(m, tense).orElse(null);
        } else {
            day = base().orElse(null);
        }
        if (day == null) {
            return new Resolved(TimeExpression.Type.TIME, clock, TimeWindow.unknown());
        }
        return new Resolved(TimeExpression.Type.TIME, dayText(day) + clock, new TimeWindow(Optional.of(day), Optional.of(day), Granularity.TIME));
    }

    // ------------------------------------------------------------------ durations, shifts, vague

    private Resolved duration(Meaning m) {
        String value = TimeGrammar.HALF.equals(m.part()) ? halfDurationValue(m.unit(), m.amount()) : durationValue(m.unit(), m.amount());
        if (m.direction() == 0 || anchor.isEmpty()) {
            return new Resolved(TimeExpression.Type.DURATION, value, TimeWindow.unknown());
        }
        // an anchored stretch ("the next two months", "the next few weeks") also says which days it covers
        LocalDate a = anchor.get();
        int amount = m.amount() == null ? VAGUE_UNITS : m.amount();
        LocalDate other = plus(a, m.unit(), m.direction() * amount);
        TimeWindow window = m.direction() > 0 ? TimeWindow.between(a, other, Granularity.DAY) : TimeWindow.between(other, a, Granularity.DAY);
        return new Resolved(TimeExpression.Type.DURATION, value, window);
    }

    private Resolved shift(Meaning m) {
        Optional<LocalDate> base = base();
        if (m.amount() == null) {
            String ref = m.direction() < 0 ? "PAST_REF" : "FUTURE_REF";
            return new Resolved(TimeExpression.Type.DATE, ref, vagueWindow(ref, m.unit(), base));
        }
        if (base.isEmpty()) {
            return unresolved(TimeExpression.Type.DATE, "XXXX");
        }
        if ("Y".equals(m.unit()) && lastQuarter != null && !periodIsStretch) {
            // "a year earlier" after "the third quarter" compares quarters
            return quarterOf(lastQuarter.plusYears((long) m.direction() * m.amount()), null);
        }
        LocalDate day = plus(base.get(), m.unit(), m.direction() * m.amount());
        return switch (m.unit()) {
            case "Y" -> year(day.getYear(), null);
            case "M" -> new Resolved(TimeExpression.Type.DATE, yearText(day.getYear()) + "-%02d".formatted(day.getMonthValue()),
                    TimeWindow.between(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), Granularity.MONTH));
            case "W" -> new Resolved(TimeExpression.Type.DATE, weekText(day.with(DayOfWeek.MONDAY)),
                    TimeWindow.between(day.with(DayOfWeek.MONDAY), day.with(DayOfWeek.SUNDAY), Granularity.WEEK));
            case "Q" -> quarterOf(day, null);
            case "DE" -> decade(new Meaning(Meaning.Kind.DECADE, day.getYear() / 10 * 10, null, null, null, null, null, null, 0, null, 0, null, null, null));
            default -> new Resolved(TimeExpression.Type.DATE, dayText(day), TimeWindow.day(day));
        };
    }

    private Resolved vague(Meaning m) {
        Optional<LocalDate> base = mode == ReferenceMode.NARRATIVE ? Optional.empty() : anchor;
        if (m.unit() != null && m.direction() != 0) {
            return new Resolved(TimeExpression.Type.DATE, m.ref(), vagueWindow(m.ref(), m.unit(), anchor));
        }
        return new Resolved(TimeExpression.Type.DATE, m.ref(), vagueWindow(m.ref(), null, base));
    }

    private static TimeWindow vagueWindow(String ref, String unit, Optional<LocalDate> base) {
        if (base.isEmpty()) {
            return TimeWindow.unknown();
        }
        LocalDate a = base.get();
        return switch (ref) {
            case "PRESENT_REF" -> TimeWindow.day(a);
            case "FUTURE_REF" -> unit == null ? new TimeWindow(Optional.of(a), Optional.empty(), Granularity.UNSPECIFIED)
                    : TimeWindow.between(a, plus(a, unit, VAGUE_UNITS), Granularity.DAY);
            default -> unit == null ? new TimeWindow(Optional.empty(), Optional.of(a), Granularity.UNSPECIFIED)
                    : TimeWindow.between(plus(a, unit, -VAGUE_UNITS), a, Granularity.DAY);
        };
    }

    private Resolved set(Meaning m) {
        if (m.weekday() != null) {
            return new Resolved(TimeExpression.Type.SET, "XXXX-WXX-" + m.weekday() + (m.part() == null ? "" : "T" + m.part()), TimeWindow.unknown());
        }
        if (m.offset() != Meaning.NO_OFFSET) {
            // "each July": the month number rides in offset
            return new Resolved(TimeExpression.Type.SET, "XXXX-%02d".formatted(m.offset()), TimeWindow.unknown());
        }
        return new Resolved(TimeExpression.Type.SET, durationValue(m.unit(), m.amount() == null ? 1 : m.amount()), TimeWindow.unknown());
    }

    static String durationValue(String unit, Integer amount) {
        String n = amount == null ? "X" : String.valueOf(amount);
        return switch (unit) {
            case "TH" -> "PT" + n + "H";
            case "TM" -> "PT" + n + "M";
            case "WE" -> "P" + n + "WE";
            case "H" -> amount == null ? "PXM" : "P" + (6 * amount) + "M";
            case "Q" -> "P" + n + "Q";
            // ISO 8601 has no decades or centuries: a counted one is written in years, as its halves are
            case "DE" -> amount == null ? "PXDE" : "P" + (10 * amount) + "Y";
            case "CE" -> amount == null ? "PXCE" : "P" + (100 * amount) + "Y";
            default -> "P" + n + unit;
        };
    }

    /** "two and a half years" is P2Y6M: the half unit in the next smaller one. */
    static String halfDurationValue(String unit, int amount) {
        return switch (unit) {
            case "Y" -> "P" + amount + "Y6M";
            case "M" -> "P" + amount + "M15D";
            case "W" -> "P" + (7 * amount + 3) + "DT12H";
            case "D" -> "P" + amount + "DT12H";
            case "TH" -> "PT" + amount + "H30M";
            case "TM" -> "PT" + amount + "M30S";
            case "DE" -> "P" + (10 * amount + 5) + "Y";
            case "CE" -> "P" + (100 * amount + 50) + "Y";
            default -> durationValue(unit, null);
        };
    }

    private static LocalDate plus(LocalDate day, String unit, int amount) {
        return switch (unit) {
            case "D" -> day.plusDays(amount);
            case "W", "WE" -> day.plusWeeks(amount);
            case "M" -> day.plusMonths(amount);
            case "Q" -> day.plusMonths(3L * amount);
            case "H" -> day.plusMonths(6L * amount);
            case "DE" -> day.plusYears(10L * amount);
            case "CE" -> day.plusYears(100L * amount);
            case "TH", "TM" -> day;
            default -> day.plusYears(amount);
        };
    }

    // ------------------------------------------------------------------ helpers

    /** Narrows a period's window to its start, middle or end third when the text says so. */
    private static TimeWindow part(LocalDate first, LocalDate last, Granularity granularity, String part) {
        if (part == null) {
            return TimeWindow.between(first, last, granularity);
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        long third = Math.max(1, days / 3);
        return switch (part) {
            case "START" -> TimeWindow.between(first, first.plusDays(third - 1), granularity);
            case "MID" -> TimeWindow.between(first.plusDays(third), last.minusDays(third), granularity);
            case "END" -> TimeWindow.between(last.minusDays(third - 1), last, granularity);
            default -> TimeWindow.between(first, last, granularity);
        };
    }

    private static Resolved unresolved(TimeExpression.Type type, String value) {
        return new Resolved(type, value, TimeWindow.unknown());
    }

    private static LocalDate safeDate(int y, int month, int day) {
        if (y <= 0 || day > LocalDate.of(y, month, 1).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, month, day);
    }

    static String yearText(int y) {
        return y < 0 ? "BC%04d".formatted(-y) : "%04d".formatted(y);
    }

    static String dayText(LocalDate day) {
        return "%04d-%02d-%02d".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    static String weekText(LocalDate day) {
        return "%04d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
