package org.claimboard.correction;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.claimboard.claim.Verdict.Rating;
import org.claimboard.model.BaseEntity;

/** An editor's verdict on a claim, keyed by its article and sentence offsets so it outlives re-extraction. */
@Entity
@Table(name = "claim_verdict")
class ClaimVerdict extends BaseEntity {

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "claim_start", nullable = false)
    private int claimStart;

    @Column(name = "claim_end", nullable = false)
    private int claimEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Rating verdict;

    @Column(length = 2000)
    private String note;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClaimVerdict() {
    }

    ClaimVerdict(Long articleId, int claimStart, int claimEnd) {
        this.articleId = articleId;
        this.claimStart = claimStart;
        this.claimEnd = claimEnd;
    }

    void decide(Rating verdict, String note, String user, Instant at) {
        this.verdict = verdict;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.updatedBy = user;
        this.updatedAt = at;
    }

    Long getArticleId() { return articleId; }
    int getClaimStart() { return claimStart; }
    int getClaimEnd() { return claimEnd; }
    Rating getVerdict() { return verdict; }
    String getNote() { return note; }
    String getUpdatedBy() { return updatedBy; }
    Instant getUpdatedAt() { return updatedAt; }
}
