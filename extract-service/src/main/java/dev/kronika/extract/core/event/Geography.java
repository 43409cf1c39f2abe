package dev.kronika.extract.core.event;

import java.util.Optional;

/** Which country a place lies in, and whether a place is a country: for merging and reading visits. */
public interface Geography {

    /** The country key of a city, region or organisation ("loc:minsk" lies in "loc:belarus"). */
    Optional<String> countryOf(String key);

    boolean isCountry(String key);

    static Geography none() {
        return new Geography() {
            @Override
            public Optional<String> countryOf(String key) {
                return Optional.empty();
            }

            @Override
            public boolean isCountry(String key) {
                return false;
            }
        };
    }
}
