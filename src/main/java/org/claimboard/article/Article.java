package org.claimboard.article;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.claimboard.extraction.DatePrecision;
import org.claimboard.model.BaseEntity;

/** A stored news article: its normalised text (all offsets point into it) and its metadata. */
@Entity
@Table(name = "article")
public class Article extends BaseEntity {

    private String title;

    @Column(nullable = false)
    private String text;

    /** SHA-256 (hex) of the normalised text: the same article is stored once. */
    @Column(name = "content_hash", nullable = false, unique = true, length = 64)
    private String contentHash;

    /** The file name or URL the article came from. */
    private String source;

    private String publisher;

    private String author;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_precision")
    private DatePrecision publishedPrecision;

    @Column(name = "ingested_at", nullable = false)
    private Instant ingestedAt;

    /** MinHash of the text ({@code Fingerprint.encoded()}); null for articles stored before near-copy detection. */
    @Column(length = 800)
    private String fingerprint;

    /** The earlier article this one repeats (a syndicated copy), or null. An id, not a relation: never loaded. */
    @Column(name = "near_copy_of")
    private Long nearCopyOf;

    protected Article() {
    }

    public Article(String text, String contentHash, Instant ingestedAt) {
        this.text = text;
        this.contentHash = contentHash;
        this.ingestedAt = ingestedAt;
    }

    public String getTitle() { return title; }
    public String getText() { return text; }
    public String getContentHash() { return contentHash; }
    public String getSource() { return source; }
    public String getPublisher() { return publisher; }
    public String getAuthor() { return author; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public DatePrecision getPublishedPrecision() { return publishedPrecision; }
    public Instant getIngestedAt() { return ingestedAt; }
    public String getFingerprint() { return fingerprint; }
    public Long getNearCopyOf() { return nearCopyOf; }

    public void setTitle(String title) { this.title = title; }
    public void setSource(String source) { this.source = source; }
    public void setPublisher(String publisher) { this.publisher = publisher; }
    public void setAuthor(String author) { this.author = author; }
    public void setFingerprint(String fingerprint) { this.fingerprint = fingerprint; }
    public void setNearCopyOf(Long nearCopyOf) { this.nearCopyOf = nearCopyOf; }

    public void setPublished(LocalDate publishedOn, DatePrecision precision) {
        this.publishedOn = publishedOn;
        this.publishedPrecision = publishedOn == null ? null : precision;
    }

    /** What to call the article in lists: its title, else its file name or URL, else its number. */
    public String label() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        if (source != null && !source.isBlank()) {
            int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
            return source.substring(slash + 1);
        }
        return "Article " + getId();
    }

    /** The text between two offsets, clamped to the text. */
    public String excerpt(int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        return text.substring(from, Math.max(from, Math.min(end, text.length())));
    }
}
