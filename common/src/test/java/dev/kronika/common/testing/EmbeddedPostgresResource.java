package dev.kronika.common.testing;

import dev.kronika.common.pg.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** Starts a throw-away embedded PostgreSQL before Quarkus boots and points the datasource at it. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            database = EmbeddedDatabase.start(Files.createTempDirectory("kronika-test-pg"), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.PASSWORD);
    }

    @Override
    public void stop() {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
