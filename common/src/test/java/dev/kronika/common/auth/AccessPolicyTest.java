package dev.kronika.common.auth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AccessPolicyTest {

    @Test
    void readsBearerTokens() {
        assertEquals("abc", AccessPolicy.bearerToken("Bearer abc"));
        assertEquals("abc", AccessPolicy.bearerToken("bearer  abc "));
        assertNull(AccessPolicy.bearerToken("Basic abc"));
        assertNull(AccessPolicy.bearerToken(null));
    }
}
