package dev.kronika.common;

import java.util.Locale;

/**
 * Typed query parameters with AIP-193 errors. JAX-RS answers 404 when it cannot convert a
 * parameter to {@code int}; a client who typed {@code page_size=ten} deserves a 400 that names the
 * parameter, so the resources take such parameters as strings and convert them here.
 */
public final class HttpParameters {

    /** A parameter that does not hold a value of its type; the services map it to 400 INVALID_ARGUMENT. */
    public static final class InvalidParameterException extends IllegalArgumentException {
        public InvalidParameterException(String message) {
            super(message);
        }
    }

    private HttpParameters() {
    }

    public static int integer(String name, String raw, int defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be an integer, got '" + abbreviate(raw) + "'");
        }
    }

    public static long longInteger(String name, String raw, long defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be an integer, got '" + abbreviate(raw) + "'");
        }
    }

    public static boolean bool(String name, String raw, boolean defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidParameterException(name + " must be true or false, got '" + abbreviate(raw) + "'");
        };
    }

    private static String abbreviate(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "..." : raw;
    }
}
