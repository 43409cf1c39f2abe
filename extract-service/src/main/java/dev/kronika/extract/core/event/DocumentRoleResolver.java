package dev.kronika.extract.core.event;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Role holders an article names itself, as in "prezydent Rosji Władimir Putin" or "Kremlin leader Vladimir Putin". */
final class DocumentRoleResolver implements RoleResolver {

    private final Map<String, String> holders = new HashMap<>();
    private final Set<String> countries = new HashSet<>();

    void bind(String role, String countryKey, String personKey) {
        holders.putIfAbsent(role + "|" + countryKey, personKey);
    }

    /** Remembers that an entity was used as the country of a role: it is a country, a coarse place. */
    void noteCountry(String countryKey) {
        countries.add(countryKey);
    }

    boolean isCountry(String key) {
        return countries.contains(key);
    }

    @Override
    public Optional<String> holder(String role, String countryKey, Optional<LocalDate> date) {
        return Optional.ofNullable(holders.get(role + "|" + countryKey));
    }
}
