package dev.kronika.ingest.service;

/** A submission that cannot be accepted as given; the message tells the client why. */
public class InvalidSubmissionException extends RuntimeException {

    public InvalidSubmissionException(String message) {
        super(message);
    }
}
