package dev.kronika.extract.core.model;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * The moment an article was published, when its page or header gives a time of day: a local
 * date-time with the page's UTC offset where it states one. Pages often print a local time
 * without a zone, and inventing one would move the story across midnight.
 */
public record PublicationTime(LocalDateTime local, Optional<ZoneOffset> offset) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    public PublicationTime {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(offset, "offset");
    }

    /** ISO-8601: {@code 2024-05-23T12:30}, {@code 2024-05-23T10:15:30+02:00}, {@code ...Z}. */
    public String iso() {
        String time = (local.getSecond() == 0 ? MINUTES : SECONDS).format(local);
        return offset.map(o -> time + o.getId()).orElse(time);
    }
}
