package dev.kronika.extract.service;

/** The client's request cannot be processed as given; the message says why. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
