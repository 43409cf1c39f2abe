package dev.kronika.extract.core.event;

import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.kb.KnowledgeBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role holders and places from the knowledge base: {@code role=head_of_state@loc:russia[2012-05-07..]}
 * on a person, {@code country=loc:russia} on a city or a government body such as the Kremlin.
 */
public final class KnowledgeBaseRoles implements RoleResolver, Geography {

    private static final Pattern ROLE = Pattern.compile("([a-z_]+)@([a-z]+:[^\\[]+)(?:\\[([0-9-]*)\\.\\.([0-9-]*)])?");

    private record Term(String person, Optional<LocalDate> from, Optional<LocalDate> to) {

        boolean covers(LocalDate day) {
            return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
        }
    }

    private final KnowledgeBase kb;
    private final Map<String, List<Term>> terms = new HashMap<>();

    public KnowledgeBaseRoles(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntity entity : kb.entities()) {
            for (String role : entity.attrs().getOrDefault("role", List.of())) {
                Matcher m = ROLE.matcher(role.strip());
                if (m.matches()) {
                    terms.computeIfAbsent(m.group(1) + "|" + m.group(2), k -> new ArrayList<>())
                            .add(new Term(entity.id(), date(m.group(3)), date(m.group(4))));
                }
            }
        }
    }

    public static KnowledgeBaseRoles bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final KnowledgeBaseRoles BUNDLED = new KnowledgeBaseRoles(KnowledgeBase.bundled());
    }

    private static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> holder(String role, String countryKey, Optional<LocalDate> date) {
        String country = isCountry(countryKey) ? countryKey : countryOf(countryKey).orElse(countryKey);
        List<Term> candidates = terms.getOrDefault(role + "|" + country, List.of());
        List<Term> matching = new ArrayList<>();
        for (Term term : candidates) {
            if (date.isPresent() ? term.covers(date.get()) : term.to().isEmpty()) {
                matching.add(term);
            }
        }
        return matching.size() == 1 ? Optional.of(matching.get(0).person()) : Optional.empty();
    }

    @Override
    public Optional<String> countryOf(String key) {
        return kb.byId(key).flatMap(e -> e.attrs().getOrDefault("country", List.of()).stream().findFirst());
    }

    @Override
    public boolean isCountry(String key) {
        return kb.byId(key).map(e -> e.kind().equals("country") || e.kind().equals("historical_country")).orElse(false);
    }

    /** True when the person held one of the roles that host a visit (head of state or government) in the country on the day. */
    boolean leads(String person, String country, Optional<LocalDate> date) {
        return holder(HEAD_OF_STATE, country, date).map(person::equals).orElse(false)
                || holder(HEAD_OF_GOVERNMENT, country, date).map(person::equals).orElse(false);
    }
}
