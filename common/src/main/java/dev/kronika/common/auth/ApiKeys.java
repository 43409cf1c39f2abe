package dev.kronika.common.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The configured keys, parsed once. Keys are kept only as SHA-256 digests and compared in constant
 * time, so neither a heap dump nor response timing gives a key away.
 */
public final class ApiKeys {

    /** One configured key: a name for logs and metrics, and its roles. */
    public record Client(String name, Set<Role> roles) {
    }

    private record Entry(Client client, byte[] digest) {
    }

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = entries;
    }

    /** Parses {@code name:key:role|role,...}; throws IllegalArgumentException, naming the entry, on a malformed one. */
    public static ApiKeys parse(String spec) {
        List<Entry> entries = new ArrayList<>();
        String[] items = spec == null ? new String[0] : spec.split(",");
        for (int i = 0; i < items.length; i++) {
            if (items[i].isBlank()) {
                continue;
            }
            String[] parts = items[i].strip().split(":");
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                // The entry's position, not its text: the text may be a key.
                throw new IllegalArgumentException("kronika.auth.keys: entry " + (i + 1) + " is not name:key:role|role");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : parts[2].split("\\|")) {
                try {
                    roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("kronika.auth.keys: key '" + parts[0].strip() + "' has unknown role '"
                            + role.strip() + "' (roles are read and write)");
                }
            }
            entries.add(new Entry(new Client(parts[0].strip(), Set.copyOf(roles)), digest(parts[1].strip())));
        }
        return new ApiKeys(List.copyOf(entries));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The client a presented key belongs to; every entry is compared, so the time taken does not depend on which matched. */
    public Optional<Client> find(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        byte[] presented = digest(presentedKey.strip());
        Client found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), presented)) {
                found = entry.client();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
