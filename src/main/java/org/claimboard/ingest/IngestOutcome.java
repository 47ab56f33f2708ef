package org.claimboard.ingest;

/**
 * What became of one article offered for ingest.
 *
 * @param status    ADDED, DUPLICATE (already stored: {@code articleId} is the stored one) or FAILED
 * @param articleId the stored article, null when FAILED
 * @param source    the file name or URL the article came from
 * @param reason    why it failed (null otherwise)
 */
public record IngestOutcome(Status status, Long articleId, String source, String reason) {

    public enum Status { ADDED, DUPLICATE, FAILED }

    public static IngestOutcome added(Long id, String source) {
        return new IngestOutcome(Status.ADDED, id, source, null);
    }

    public static IngestOutcome duplicate(Long existingId, String source) {
        return new IngestOutcome(Status.DUPLICATE, existingId, source, null);
    }

    public static IngestOutcome failed(String source, String reason) {
        return new IngestOutcome(Status.FAILED, null, source, reason);
    }

    public boolean isAdded() {
        return status == Status.ADDED;
    }

    @Override
    public String toString() {
        return switch (status) {
            case ADDED -> source + ": added as article " + articleId;
            case DUPLICATE -> source + ": already stored as article " + articleId;
            case FAILED -> source + ": skipped, " + reason;
        };
    }
}
