package dev.kronika.extract.core.model;

import java.time.LocalDate;
import java.util.Optional;

/** A closed window of calendar days; an empty end is open. */
public record TimeWindow(Optional<LocalDate> earliest, Optional<LocalDate> latest, Granularity granularity) {

    public static TimeWindow day(LocalDate day) {
        return new TimeWindow(Optional.of(day), Optional.of(day), Granularity.DAY);
    }

    public static TimeWindow between(LocalDate earliest, LocalDate latest, Granularity granularity) {
        return new TimeWindow(Optional.of(earliest), Optional.of(latest), granularity);
    }

    public static TimeWindow unknown() {
        return new TimeWindow(Optional.empty(), Optional.empty(), Granularity.UNSPECIFIED);
    }

    public boolean isKnown() {
        return earliest.isPresent() || latest.isPresent();
    }

    public enum Granularity {
        UNSPECIFIED, DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, CENTURY, TIME
    }
}
