package org.claimboard.correction;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.claimboard.model.BaseEntity;

/** One editor action on an article, never changed once written: who, when, what, and the value before and after. */
@Entity
@Table(name = "audit_event")
class AuditEvent extends BaseEntity {

    enum Kind { ADDED, CHANGED, DELETED, VERDICT }

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "claim_start")
    private Integer claimStart;

    @Column(name = "claim_end")
    private Integer claimEnd;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Kind action;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(length = 32)
    private String field;

    @Column(name = "before_value", length = 2000)
    private String beforeValue;

    @Column(name = "after_value", length = 2000)
    private String afterValue;

    protected AuditEvent() {
    }

    AuditEvent(Long articleId, int claimStart, int claimEnd, String username, Instant happenedAt, Kind action,
               String subject, String field, String beforeValue, String afterValue) {
        this.articleId = articleId;
        this.claimStart = claimStart;
        this.claimEnd = claimEnd;
        this.username = username;
        this.happenedAt = happenedAt;
        this.action = action;
        this.subject = cut(subject, 300);
        this.field = field;
        this.beforeValue = cut(beforeValue, 2000);
        this.afterValue = cut(afterValue, 2000);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "\u2026";
    }

    Long getArticleId() { return articleId; }
    Integer getClaimStart() { return claimStart; }
    Integer getClaimEnd() { return claimEnd; }
    String getUsername() { return username; }
    Instant getHappenedAt() { return happenedAt; }
    Kind getAction() { return action; }
    String getSubject() { return subject; }
    String getField() { return field; }
    String getBeforeValue() { return beforeValue; }
    String getAfterValue() { return afterValue; }
}
