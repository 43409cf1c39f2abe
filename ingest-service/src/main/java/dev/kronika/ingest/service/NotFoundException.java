package dev.kronika.ingest.service;

/** No article has the requested name. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
