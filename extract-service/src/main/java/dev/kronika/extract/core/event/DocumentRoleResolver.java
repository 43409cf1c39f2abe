package dev.kronika.extract.core.event;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Role holders an article names itself, as in "prezydent Rosji Władimir Putin" or "Kremlin leader Vladimir Putin". */
final class DocumentRoleResolver implements RoleResolver {

    private final Geography known;

    private final Map<String, String> holders = new HashMap<>();

    /** @param known what is known about places beyond this article */
    DocumentRoleResolver(Geography known) {
        this.known = known;
    }

    /** Places as this article and the known geography see them. */
    Geography geography() {
        return new Geography() {
            @Override
            public Optional<String> countryOf(String key) {
                return known.countryOf(key);
            }

            @Override
            public boolean isCountry(String key) {
                return DocumentRoleResolver.this.isCountry(key);
            }
        };
    }
    private final Set<String> countries = new HashSet<>();

    void bind(String role, String countryKey, String personKey) {
        holders.putIfAbsent(role + "|" + countryKey, personKey);
    }

    /** Remembers that an entity was used as the country of a role: it is a country, a coarse place. */
    void noteCountry(String countryKey) {
        countries.add(countryKey);
    }

    boolean isCountry(String key) {
        return countries.contains(key) || known.isCountry(key);
    }

    /** Every person the article names in a role. */
    java.util.Collection<String> holders() {
        return holders.values();
    }

    @Override
    public Optional<String> holder(String role, String countryKey, Optional<LocalDate> date) {
        return Optional.ofNullable(holders.get(role + "|" + countryKey));
    }
}
