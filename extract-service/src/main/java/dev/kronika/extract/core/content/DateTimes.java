package dev.kronika.extract.core.content;

import dev.kronika.extract.core.model.PublicationTime;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of day in publication stamps: ISO-8601 metadata values and clock times printed beside a header date. */
final class DateTimes {

    /** {@code 2024-03-12T09:15}, with optional seconds, fraction and offset ({@code Z}, {@code +01:00}, {@code +0100}). */
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s?(Z|[+-]\\d{2}:?\\d{2})?(?![\\d:])");
    /** A 24-hour clock time with a colon ("12:30", "9:05"); "12.30" is too easily a date or a score. */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:.])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])");

    private DateTimes() {
    }

    /** The date-time of an ISO-8601 metadata value, if it has a time of day. */
    static Optional<PublicationTime> publicationTime(String value) {
        Matcher m = ISO_DATE_TIME.matcher(value.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            Optional<ZoneOffset> offset = Optional.ofNullable(m.group(7)).map(DateTimes::offset);
            return Optional.of(new PublicationTime(local, offset));
        } catch (DateTimeException | NumberFormatException invalid) {
            return Optional.empty();
        }
    }

    /** A header line's clock time joined to the date read from the same line. */
    static Optional<PublicationTime> atClockTime(LocalDate date, String line) {
        Matcher m = CLOCK.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return Optional.of(new PublicationTime(date.atTime(time), Optional.empty()));
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String normal = text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text;
        return ZoneOffset.of(normal);
    }
}
