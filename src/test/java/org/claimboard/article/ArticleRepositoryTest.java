package org.claimboard.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ArticleRepositoryTest {

    @Autowired
    ArticleRepository articles;

    @Autowired
    MentionRepository mentions;

    @Autowired
    EntityManager em;

    List<Article> stored;

    @BeforeEach
    void store() {
        stored = List.of(article("alpha", "Reuters", "2026-01-01T10:00:00Z"),
                article("beta", "The Times", "2026-01-02T10:00:00Z"),
                article("gamma", "reuters", "2026-01-03T10:00:00Z"));
        Article alpha = stored.get(0);
        em.persist(new Mention(alpha, MentionKind.COUNTRY, "FR", 10, 16));
        em.persist(new Mention(alpha, MentionKind.OUTLET, "The Times", 0, 9));
        em.persist(new Mention(alpha, MentionKind.PERSON, "Keir Starmer", 0, 4));
        em.flush();
        em.clear();
    }

    private Article article(String title, String publisher, String ingested) {
        Article article = new Article("Body of " + title, "hash-" + title, Instant.parse(ingested));
        article.setTitle(title);
        article.setPublisher(publisher);
        em.persist(article);
        return article;
    }

    @Test
    void summariesPageWithoutTheText() {
        Page<ArticleSummary> newest = articles.findAllBy(PageRequest.of(0, 2, Sort.by("ingestedAt").descending()));
        assertThat(newest.getTotalElements()).isEqualTo(3);
        assertThat(newest.getContent()).extracting(ArticleSummary::getTitle).containsExactly("gamma", "beta");
        assertThat(articles.findByPublisherIgnoreCase("REUTERS", PageRequest.of(0, 10)).getContent())
                .extracting(ArticleSummary::getTitle).containsExactlyInAnyOrder("alpha", "gamma");
    }

    @Test
    void idsAreWalkedInBoundedAscendingSteps() {
        long first = stored.get(0).getId();
        assertThat(articles.findIdsAfter(0, Limit.of(2))).containsExactly(first, stored.get(1).getId());
        assertThat(articles.findIdsAfter(stored.get(1).getId(), Limit.of(2))).containsExactly(stored.get(2).getId());
        assertThat(articles.findIdsAfter(stored.get(2).getId(), Limit.of(2))).isEmpty();
    }

    @Test
    void anArticleIsFoundByItsContentHash() {
        assertThat(articles.findIdByContentHash("hash-beta")).contains(stored.get(1).getId());
        assertThat(articles.findIdByContentHash("nope")).isEmpty();
    }

    @Test
    void mentionsComeInReadingOrderAndGoWithTheirArticle() {
        Long alpha = stored.get(0).getId();
        assertThat(mentions.findByArticleIdOrderByStartAscEndDesc(alpha)).extracting(Mention::getValue)
                .containsExactly("The Times", "Keir Starmer", "FR");
        assertThat(mentions.findByArticleIdAndKindOrderByStart(alpha, MentionKind.COUNTRY)).hasSize(1);
        assertThat(mentions.deleteByArticleId(alpha)).isEqualTo(3);
        assertThat(mentions.count()).isZero();
    }
}
