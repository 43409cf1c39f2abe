package dev.kronika.ingest.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuthenticatorTest {

    @Test
    void readsBearerTokens() {
        assertEquals("abc", Authenticator.bearerToken("Bearer abc"));
        assertEquals("abc", Authenticator.bearerToken("bearer  abc "));
        assertNull(Authenticator.bearerToken("Basic abc"));
        assertNull(Authenticator.bearerToken(null));
    }
}
