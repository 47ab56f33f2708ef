package org.claimboard.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.ingest.ArticleIngestService;
import org.claimboard.ingest.IngestOutcome;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reader finds an article's original or copies as stored by the ingest. */
@SpringBootTest
class SameStoryReaderTest {

    @Autowired
    ArticleIngestService ingest;

    @Autowired
    ArticleReader reader;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        TestDatabase.clear(jdbc);
    }

    static ArticleInput article(String name, String publisher) throws IOException {
        try (InputStream in = SameStoryReaderTest.class.getResourceAsStream("/dedup/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ArticleInput(text, null, publisher, null, null, name);
        }
    }

    @Test
    void anOriginalKnowsItsCopiesAndACopyItsOriginal() throws IOException {
        IngestOutcome original = ingest.ingest(article("original.txt", "The Daily"), "original.txt");
        IngestOutcome other = ingest.ingest(article("same-topic.txt", "The Other"), "same-topic.txt");
        IngestOutcome copy = ingest.ingest(article("syndicated.txt", "Alpine Herald"), "syndicated.txt");

        SameStory ofOriginal = reader.read(original.articleId()).sameStory();
        assertThat(ofOriginal.original()).isNull();
        assertThat(ofOriginal.copies()).extracting(ArticleSummary::getId, ArticleSummary::getPublisher)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(copy.articleId(), "Alpine Herald"));

        SameStory ofCopy = reader.read(copy.articleId()).sameStory();
        assertThat(ofCopy.original().getId()).isEqualTo(original.articleId());
        assertThat(ofCopy.copies()).isEmpty();

        assertThat(reader.read(other.articleId()).sameStory().isEmpty()).isTrue();
    }
}
