package org.claimboard.claim;

/** How many claims an article holds. */
public record ArticleClaimCount(Long articleId, long claims) {
}
