package org.claimboard.system;

/** Thrown when a page asks for an id, code or slug that does not exist; rendered as a 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object key) {
        super(what + " \u201C" + key + "\u201D does not exist.");
    }
}
