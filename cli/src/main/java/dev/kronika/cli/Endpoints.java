package dev.kronika.cli;

import picocli.CommandLine.Option;

/** Where the services listen; defaults match the services' own defaults and ./kronika's environment. */
public final class Endpoints {

    @Option(names = "--ingest-url", description = "ingest-service base URL (default: ${DEFAULT-VALUE})",
            defaultValue = "${env:KRONIKA_INGEST_URL:-http://localhost:8081}")
    String ingest;

    @Option(names = "--query-url", description = "query-service base URL (default: ${DEFAULT-VALUE})",
            defaultValue = "${env:KRONIKA_QUERY_URL:-http://localhost:8083}")
    String query;
}
