package org.claimboard.correction;

import java.util.List;
import java.util.Map;

/** What editors decided about an article, for its page: verdicts by claim id, and the audit trail, newest first. */
public record ArticleReview(Map<Long, VerdictView> verdicts, List<AuditLine> trail) {

    public VerdictView verdict(long claimId) {
        return verdicts.get(claimId);
    }
}
