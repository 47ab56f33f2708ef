package org.claimboard.ingest.bulk;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file to import: its name (relative path, or archive and entry) and how to open it, or the reason it is
 * refused before reading (an unsafe archive entry, an unreadable archive).
 */
record ImportItem(String name, Opener opener, String refusal) {

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    static ImportItem of(String name, Opener opener) {
        return new ImportItem(name, opener, null);
    }

    static ImportItem refused(String name, String reason) {
        return new ImportItem(name, null, reason);
    }
}
