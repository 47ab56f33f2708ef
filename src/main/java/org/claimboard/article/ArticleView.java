package org.claimboard.article;

import java.util.List;
import java.util.Map;

import org.claimboard.claim.ClaimRow;
import org.claimboard.country.Country;
import org.claimboard.pledge.PledgeView;

/**
 * Everything the article page shows: the article, its highlighted text, its claims and stances, and the
 * countries, outlets (name to slug) and people it mentions, and the same story published elsewhere.
 */
public record ArticleView(Article article, HighlightedText body, List<ClaimRow> claims, List<PledgeView> pledges,
                          List<Country> countries, Map<String, String> outlets, List<String> people,
                          SameStory sameStory) {
}
