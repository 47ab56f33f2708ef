package org.claimboard.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.claimboard.model.BaseEntity;

/** A span [start, end) of an article's text that the extractor recognised, so pages can highlight it. */
@Entity
@Table(name = "mention")
public class Mention extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MentionKind kind;

    @Column(name = "mention_value", nullable = false, length = 300)
    private String value;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    protected Mention() {
    }

    public Mention(Article article, MentionKind kind, String value, int start, int end) {
        this.article = article;
        this.kind = kind;
        this.value = value;
        this.start = start;
        this.end = end;
    }

    public Article getArticle() { return article; }
    public MentionKind getKind() { return kind; }
    public String getValue() { return value; }
    public int getStart() { return start; }
    public int getEnd() { return end; }
}
