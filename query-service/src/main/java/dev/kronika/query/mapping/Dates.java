package dev.kronika.query.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** ISO dates as they travel in the protos: empty means unknown. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate parseOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(value.strip()).toLocalDate();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
