package dev.kronika.common.auth;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeysTest {

    @Test
    void parsesNamesKeysAndRoles() {
        ApiKeys keys = ApiKeys.parse(" crawler:k1:write , analyst:k2:READ|write,");
        assertEquals(Optional.of(new ApiKeys.Client("crawler", Set.of(Role.WRITE))), keys.find("k1"));
        assertEquals(Set.of(Role.READ, Role.WRITE), keys.find(" k2 ").orElseThrow().roles());
        assertTrue(keys.find("k3").isEmpty());
        assertTrue(keys.find("").isEmpty());
        assertTrue(ApiKeys.parse("").isEmpty());
    }

    @Test
    void refusesMalformedEntriesWithoutEchoingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse("a:k1:read,secret-only"));
        assertTrue(e.getMessage().contains("entry 2"));
        assertFalse(e.getMessage().contains("secret-only"));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse("a:k1:admin"));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse("a::read"));
    }
}
