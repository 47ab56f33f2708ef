package org.claimboard.submit;

/**
 * A stored article as the API reports it after an add.
 *
 * @param id     the article's id
 * @param title  its title, or its source when it has none
 * @param claims how many claims were extracted from it
 * @param page   the address of its page in the dashboard
 */
public record SubmittedArticle(long id, String title, long claims, String page) {
}
