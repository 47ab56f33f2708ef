package org.claimboard.article;

import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;

/**
 * Reads an article reference without loading the article: list pages name articles from their summaries,
 * so an article's text is never read just to show its title.
 */
public final class ArticleRef {

    private ArticleRef() {
    }

    /** Whether the article's fields (its text included) are already in memory. */
    public static boolean loaded(Article article) {
        return Hibernate.isInitialized(article) || !(article instanceof HibernateProxy);
    }

    /** The article's id, read from the reference itself when the article is not loaded. */
    public static Long id(Article article) {
        if (article instanceof HibernateProxy proxy && !Hibernate.isInitialized(article)) {
            return (Long) proxy.getHibernateLazyInitializer().getIdentifier();
        }
        return article.getId();
    }
}
