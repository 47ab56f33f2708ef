package org.claimboard.ingest;

/** A file that holds no article we can read; the message says why, for the log and the user. */
public class UnreadableArticleException extends Exception {

    public UnreadableArticleException(String reason) {
        super(reason);
    }

    public UnreadableArticleException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
