package dev.kronika.query.service;

/** A request the client can correct; the message says how. */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
