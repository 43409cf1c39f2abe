package dev.kronika.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** Waits until every given service reports ready on /q/health/ready. */
@Command(name = "wait-ready", description = "Wait until services report ready.")
final class WaitReadyCommand implements Callable<Integer> {

    @Parameters(description = "service base URLs, e.g. http://localhost:8082")
    List<String> urls;

    @Option(names = "--timeout", defaultValue = "180", description = "seconds (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        Http http = new Http();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(timeoutSeconds));
        for (String url : urls) {
            while (true) {
                try {
                    if (http.get(url + "/q/health/ready").ok()) {
                        break;
                    }
                } catch (java.io.IOException notUpYet) {
                    // keep waiting
                }
                if (Instant.now().isAfter(deadline)) {
                    System.err.println(url + " is not ready after " + timeoutSeconds + " s");
                    return 1;
                }
                Thread.sleep(500);
            }
        }
        return 0;
    }
}
