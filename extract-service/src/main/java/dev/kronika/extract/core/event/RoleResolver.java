package dev.kronika.extract.core.event;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who held a role in a country on a day: "the Russian president" on 2023-01-05 is
 * {@code per:vladimir-putin}. The document itself answers first (an article that writes
 * "prezydent Rosji Władimir Putin" binds the role for the rest of the article); a knowledge base
 * can answer the rest.
 */
public interface RoleResolver {

    String HEAD_OF_STATE = "head_of_state";
    String HEAD_OF_GOVERNMENT = "head_of_government";
    String FOREIGN_MINISTER = "foreign_minister";

    /**
     * @param role       one of the role constants
     * @param countryKey entity key of the country (or of an organisation standing for its
     *                   government, such as the Kremlin)
     * @param date       the day the role is asked about, when known
     * @return the entity key of the role's holder
     */
    Optional<String> holder(String role, String countryKey, Optional<LocalDate> date);

    static RoleResolver none() {
        return (role, countryKey, date) -> Optional.empty();
    }

    /** This resolver's answer, else the other's. */
    default RoleResolver orElse(RoleResolver other) {
        return (role, countryKey, date) -> holder(role, countryKey, date).or(() -> other.holder(role, countryKey, date));
    }
}
