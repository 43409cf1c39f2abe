package dev.kronika.query.service;

/** The resource to create exists already. */
public class AlreadyExistsException extends RuntimeException {

    public AlreadyExistsException(String message) {
        super(message);
    }
}
