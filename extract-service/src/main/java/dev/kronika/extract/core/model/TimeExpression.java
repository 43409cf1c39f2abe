package dev.kronika.extract.core.model;

/**
 * A normalised time expression with TIMEX3 semantics.
 *
 * @param value  the TIMEX3 value ("2023-01-05", "2022-W21", "P2W", "PRESENT_REF", "XXXX-12-26"...)
 * @param window the calendar days a DATE or TIME may denote; unknown for durations and sets
 */
public record TimeExpression(Span span, String text, Type type, String value, TimeWindow window) {

    public enum Type { DATE, TIME, DURATION, SET }
}
