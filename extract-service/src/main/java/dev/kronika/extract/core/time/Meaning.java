package dev.kronika.extract.core.time;

/**
 * What a recognised time expression says before it is anchored: the fields its kind uses are
 * set, the rest are null. A rule of {@link TimeGrammar} builds it; {@link TimexResolver} turns it
 * into a TIMEX3 value and a window.
 *
 * @param year      a four-digit year (negative before the common era), or null when omitted
 * @param month     1..12
 * @param day       1..31; for ranges the first day
 * @param endDay    the last day of a day range ("26-27 December"), else null
 * @param weekday   ISO 1 (Monday)..7 (Sunday)
 * @param unit      calendar unit code: D, W, M, Q, H, Y, DE, CE, TH, TM, WE
 * @param amount    count of units; null when vague ("several weeks")
 * @param offset    for relative references: -1 last, 0 this, +1 next; for relative days the day offset
 * @param part      part of a period: START, MID, END; or a season SP/SU/FA/WI; or part of day MO/AF/EV/NI
 * @param direction for durations and shifts: -1 back from the anchor, +1 forward, 0 not anchored
 * @param ref       PRESENT_REF, PAST_REF or FUTURE_REF for vague references
 */
record Meaning(Kind kind, Integer year, Integer month, Integer day, Integer endDay, Integer weekday,
               String unit, Integer amount, int offset, String part, int direction, String ref,
               Integer hour, Integer minute) {

    enum Kind {
        /** A calendar date with some of year, month, day known. */
        DATE,
        /** A weekday, optionally with a last/this/next modifier in offset (or Integer.MIN_VALUE for none). */
        WEEKDAY,
        /** today / yesterday / tomorrow, offset days from the anchor, with an optional part of day. */
        RELATIVE_DAY,
        /** "next week", "last year", "this month": offset units from the anchor's unit. */
        RELATIVE_UNIT,
        /** "two years ago", "in three days": amount units before/after the anchor. */
        SHIFT,
        /** "two weeks", "the next two months" (direction +1 gives a window from the anchor). */
        DURATION,
        /** "now", "recently", "in the coming weeks". */
        VAGUE,
        /** "every Monday", "weekly". */
        SET,
        /** "the third quarter [of 1997]", "first half". */
        QUARTER,
        /** "summer 1941", "this spring". */
        SEASON,
        /** "the 1990s". */
        DECADE,
        /** "the 20th century". */
        CENTURY,
        /** "10:30", "3 p.m.", optionally on a date/relative day. */
        TIME,
        /** "the next day", "that day" in a narrative: relative to the last date mentioned. */
        NARRATIVE_DAY
    }

    static final int NO_OFFSET = Integer.MIN_VALUE;

    static Meaning date(Integer year, Integer month, Integer day) {
        return new Meaning(Kind.DATE, year, month, day, null, null, null, null, NO_OFFSET, null, 0, null, null, null);
    }

    static Meaning dateRange(Integer year, Integer month, Integer day, Integer endDay) {
        return new Meaning(Kind.DATE, year, month, day, endDay, null, null, null, NO_OFFSET, null, 0, null, null, null);
    }

    Meaning withPart(String newPart) {
        return new Meaning(kind, year, month, day, endDay, weekday, unit, amount, offset, newPart, direction, ref, hour, minute);
    }

    Meaning withWeekday(Integer newWeekday) {
        return new Meaning(kind, year, month, day, endDay, newWeekday, unit, amount, offset, part, direction, ref, hour, minute);
    }

    Meaning withOffset(int newOffset) {
        return new Meaning(kind, year, month, day, endDay, weekday, unit, amount, newOffset, part, direction, ref, hour, minute);
    }

    Meaning withDirection(int newDirection) {
        return new Meaning(kind, year, month, day, endDay, weekday, unit, amount, offset, part, newDirection, ref, hour, minute);
    }

    static Meaning of(Kind kind) {
        return new Meaning(kind, null, null, null, null, null, null, null, NO_OFFSET, null, 0, null, null, null);
    }

    Meaning year(Integer y) {
        return new Meaning(kind, y, month, day, endDay, weekday, unit, amount, offset, part, direction, ref, hour, minute);
    }

    Meaning unit(String u, Integer n) {
        return new Meaning(kind, year, month, day, endDay, weekday, u, n, offset, part, direction, ref, hour, minute);
    }

    Meaning ref(String r) {
        return new Meaning(kind, year, month, day, endDay, weekday, unit, amount, offset, part, direction, r, hour, minute);
    }

    Meaning clock(Integer h, Integer m) {
        return new Meaning(kind, year, month, day, endDay, weekday, unit, amount, offset, part, direction, ref, h, m);
    }
}
