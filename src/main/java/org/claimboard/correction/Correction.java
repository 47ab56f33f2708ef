package org.claimboard.correction;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Stance;
import org.claimboard.model.BaseEntity;

/**
 * An editor's correction of one claim or pledge, kept apart from the derived rows so re-extraction cannot lose
 * it. The target is found again by its key: the article and its claim's sentence offsets; for a pledge also
 * the offsets and actor it was extracted with (for an added pledge, the ones it was added with). ADD and CHANGE
 * hold the complete values the target should have; DELETE holds none.
 */
@Entity
@Table(name = "correction")
class Correction extends BaseEntity {

    enum Target { CLAIM, PLEDGE }

    enum Action { ADD, CHANGE, DELETE }

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Target target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Action action;

    @Column(name = "claim_start", nullable = false)
    private int claimStart;

    @Column(name = "claim_end", nullable = false)
    private int claimEnd;

    @Column(name = "sentence_index")
    private Integer sentenceIndex;

    @Column(name = "pledge_actor", length = 16)
    private String pledgeActor;

    @Column(name = "pledge_start")
    private Integer pledgeStart;

    @Column(name = "pledge_end")
    private Integer pledgeEnd;

    @Column(name = "outlet_id")
    private Long outletId;

    @Column(length = 300)
    private String speaker;

    /** Country codes, comma-separated. */
    @Column(length = 400)
    private String countries;

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Column(length = 16)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Stance stance;

    private Integer troops;

    @Column(name = "troops_max")
    private Integer troopsMax;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Qualifier qualifier;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ForceKind kind;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Correction() {
    }

    private Correction(Long articleId, Target target, Action action, int claimStart, int claimEnd) {
        this.articleId = articleId;
        this.target = target;
        this.action = action;
        this.claimStart = claimStart;
        this.claimEnd = claimEnd;
    }

    static Correction ofClaim(Long articleId, Action action, int claimStart, int claimEnd, Integer sentenceIndex) {
        Correction correction = new Correction(articleId, Target.CLAIM, action, claimStart, claimEnd);
        correction.sentenceIndex = sentenceIndex;
        return correction;
    }

    static Correction ofPledge(Long articleId, Action action, int claimStart, int claimEnd, String pledgeActor,
                               int pledgeStart, int pledgeEnd) {
        Correction correction = new Correction(articleId, Target.PLEDGE, action, claimStart, claimEnd);
        correction.pledgeActor = pledgeActor;
        correction.pledgeStart = pledgeStart;
        correction.pledgeEnd = pledgeEnd;
        return correction;
    }

    /** The form's values, but the date given apart: it is the editor's own date, or null to keep the text's. */
    void claimValues(ClaimForm form, Long outletId, LocalDate eventDate) {
        this.outletId = outletId;
        this.speaker = blankToNull(form.speaker());
        this.countries = String.join(",", form.countryCodes());
        this.eventDate = eventDate;
    }

    void pledgeValues(PledgeForm form) {
        this.actor = form.actorCode();
        this.stance = form.stance();
        this.troops = form.troops();
        this.troopsMax = form.troopsMax();
        this.qualifier = form.qualifier();
        this.kind = form.kind();
    }

    void setAction(Action action) { this.action = action; }

    void stamp(String user, Instant at) {
        this.updatedBy = user;
        this.updatedAt = at;
    }

    boolean isClaimAt(int start, int end) {
        return target == Target.CLAIM && claimStart == start && claimEnd == end;
    }

    /** Whether this correction of a pledge is the one that now gives the pledge its values (ADD or CHANGE). */
    boolean shapes(int claimStart, int claimEnd, String currentActor, int start, int end) {
        return target == Target.PLEDGE && action != Action.DELETE && this.claimStart == claimStart
                && this.claimEnd == claimEnd && pledgeStart == start && pledgeEnd == end
                && currentActor.equals(actor);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long getArticleId() { return articleId; }
    Target getTarget() { return target; }
    Action getAction() { return action; }
    int getClaimStart() { return claimStart; }
    int getClaimEnd() { return claimEnd; }
    Integer getSentenceIndex() { return sentenceIndex; }
    String getPledgeActor() { return pledgeActor; }
    Integer getPledgeStart() { return pledgeStart; }
    Integer getPledgeEnd() { return pledgeEnd; }
    Long getOutletId() { return outletId; }
    String getSpeaker() { return speaker; }
    String getCountries() { return countries; }
    LocalDate getEventDate() { return eventDate; }
    String getActor() { return actor; }
    Stance getStance() { return stance; }
    Integer getTroops() { return troops; }
    Integer getTroopsMax() { return troopsMax; }
    Qualifier getQualifier() { return qualifier; }
    ForceKind getKind() { return kind; }
}
