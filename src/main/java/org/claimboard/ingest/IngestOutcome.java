package org.claimboard.ingest;

/**
 * What became of one article offered for ingest.
 *
 * @param status     ADDED, DUPLICATE (already stored: {@code articleId} is the stored one) or FAILED
 * @param articleId  the stored article, null when FAILED
 * @param source     the file name or URL the article came from
 * @param reason     why it failed (null otherwise)
 * @param nearCopyOf when ADDED as a syndicated copy, the earlier article telling the same story (else null)
 */
public record IngestOutcome(Status status, Long articleId, String source, String reason, Long nearCopyOf) {

    public enum Status { ADDED, DUPLICATE, FAILED }

    public static IngestOutcome added(Long id, String source) {
        return added(id, source, null);
    }

    public static IngestOutcome added(Long id, String source, Long nearCopyOf) {
        return new IngestOutcome(Status.ADDED, id, source, null, nearCopyOf);
    }

    public static IngestOutcome duplicate(Long existingId, String source) {
        return new IngestOutcome(Status.DUPLICATE, existingId, source, null, null);
    }

    public static IngestOutcome failed(String source, String reason) {
        return new IngestOutcome(Status.FAILED, null, source, reason, null);
    }

    public boolean isAdded() {
        return status == Status.ADDED;
    }

    /** Added, and the same story as an article already held. */
    public boolean isNearCopy() {
        return isAdded() && nearCopyOf != null;
    }

    @Override
    public String toString() {
        return switch (status) {
            case ADDED -> source + ": added as article " + articleId
                    + (nearCopyOf == null ? "" : "; also published as article " + nearCopyOf);
            case DUPLICATE -> source + ": already stored as article " + articleId;
            case FAILED -> source + ": skipped, " + reason;
        };
    }
}
