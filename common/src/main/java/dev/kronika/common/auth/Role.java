package dev.kronika.common.auth;

import java.util.Locale;

/** What an API key may do: read (lists, states, queries) or write (submit or index articles). */
public enum Role {
    READ,
    WRITE;

    /**
     * The role a gRPC method needs: AIP standard reads ({@code Get*}, {@code List*},
     * {@code Search*}, {@code BatchGet*}) need read, every other method write, so that a new
     * method is protected until someone decides otherwise.
     */
    public static Role forGrpcMethod(String fullMethodName) {
        String method = fullMethodName.substring(fullMethodName.lastIndexOf('/') + 1);
        for (String prefix : READ_METHOD_PREFIXES) {
            if (method.startsWith(prefix)) {
                return READ;
            }
        }
        return WRITE;
    }

    /** The role an HTTP method needs: safe methods read, the others write. */
    public static Role forHttpMethod(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD", "OPTIONS" -> READ;
            default -> WRITE;
        };
    }

    private static final java.util.List<String> READ_METHOD_PREFIXES = java.util.List.of("Get", "List", "Search", "BatchGet");

    /** The name used in configuration and messages. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
