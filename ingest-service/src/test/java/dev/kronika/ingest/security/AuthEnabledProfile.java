package dev.kronika.ingest.security;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Authentication on, with one key per role combination. */
public class AuthEnabledProfile implements QuarkusTestProfile {

    static final String READER = "reader-key-1";
    static final String WRITER = "writer-key-2";
    static final String EDITOR = "editor-key-3";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "kronika.auth.enabled", "true",
                "kronika.auth.keys", "reader:" + READER + ":read, writer:" + WRITER + ":write, editor:" + EDITOR + ":read|write");
    }
}
