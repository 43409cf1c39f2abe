package dev.kronika.extract.core.model;

import java.time.LocalDate;
import java.util.Optional;

/** The publication date relative expressions are resolved against, and where it came from. */
public record AnchorDate(Optional<LocalDate> date, ValueSource source) {

    public static AnchorDate unknown() {
        return new AnchorDate(Optional.empty(), ValueSource.DETECTED);
    }
}
