package org.claimboard.system;

/** A request parameter that cannot be used, with a message fit to show the reader; rendered as a 400 page. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
