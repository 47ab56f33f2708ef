package org.claimboard.submit;

import org.claimboard.ingest.IngestOutcome;

/** One uploaded file's line in the result table: what happened, and the article it led to if any. */
record UploadRow(String file, String status, Long articleId, String message) {

    static UploadRow of(IngestOutcome outcome) {
        return new UploadRow(outcome.source(), outcome.status().name().toLowerCase(java.util.Locale.ROOT),
                outcome.articleId(), outcome.reason() == null ? null : ArticleSubmission.sentence(outcome.reason()));
    }
}
