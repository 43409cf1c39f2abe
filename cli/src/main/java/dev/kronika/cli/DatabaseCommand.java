package dev.kronika.cli;

import dev.kronika.common.pg.EmbeddedDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Runs the embedded PostgreSQL server in the foreground until it is stopped. */
@Command(name = "db", description = "Run an embedded PostgreSQL server (from a Maven-packaged binary) until stopped.")
final class DatabaseCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "data directory; kept across restarts")
    Path data;

    @Option(names = "--port", defaultValue = "54329", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(data, port, false);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL: " + e);
            }
            stopped.countDown();
        }));
        System.out.println("PostgreSQL ready on port " + database.port() + " (" + database.jdbcUrl() + "), data in " + data);
        stopped.await();
        return 0;
    }
}
