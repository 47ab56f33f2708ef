package org.claimboard.fetch;

/** A page could not be fetched; the message is written for the person who asked for it. */
public class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
