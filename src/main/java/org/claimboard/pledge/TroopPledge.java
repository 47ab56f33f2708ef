package org.claimboard.pledge;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.claimboard.claim.Claim;
import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Stance;
import org.claimboard.extraction.TextSpan;
import org.claimboard.model.BaseEntity;

/**
 * A stance an actor (ISO code, or {@value #COALITION}) takes on sending forces, as stated in a claim.
 * Troops are null when no number was given; {@code troopsMax} is set only for a range.
 */
@Entity
@Table(name = "troop_pledge")
public class TroopPledge extends BaseEntity {

    public static final String COALITION = org.claimboard.extraction.Pledge.COALITION;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    private Claim claim;

    @Column(nullable = false, length = 16)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
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

    /** Where the pledge is stated in the article (offsets into its text). */
    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    /** The stance phrase and the words naming the actor (offsets into the text); null when unknown. */
    @Column(name = "stance_start")
    private Integer stanceStart;

    @Column(name = "stance_end")
    private Integer stanceEnd;

    @Column(name = "actor_start")
    private Integer actorStart;

    @Column(name = "actor_end")
    private Integer actorEnd;

    protected TroopPledge() {
    }

    public TroopPledge(Claim claim, String actor, Stance stance, int startOffset, int endOffset) {
        this.claim = claim;
        this.actor = actor;
        this.stance = stance;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
    }

    public void setTroops(Integer troops, Integer troopsMax, Qualifier qualifier) {
        this.troops = troops;
        this.troopsMax = troopsMax;
        this.qualifier = qualifier;
    }

    public void setKind(ForceKind kind) { this.kind = kind; }

    public void setEvidence(TextSpan stanceSpan, TextSpan actorSpan) {
        this.stanceStart = stanceSpan == null ? null : stanceSpan.start();
        this.stanceEnd = stanceSpan == null ? null : stanceSpan.end();
        this.actorStart = actorSpan == null ? null : actorSpan.start();
        this.actorEnd = actorSpan == null ? null : actorSpan.end();
    }

    /**
     * An editor's correction of who takes the stance and which (the other values have setters). Evidence for a
     * value the editor changed is dropped: the words the extractor read no longer say what the row says.
     */
    public void correct(String actor, Stance stance) {
        if (!Objects.equals(this.actor, actor)) {
            actorStart = null;
            actorEnd = null;
        }
        if (this.stance != stance) {
            stanceStart = null;
            stanceEnd = null;
        }
        this.actor = actor;
        this.stance = stance;
    }

    public boolean isCoalition() {
        return COALITION.equals(actor);
    }

    public Claim getClaim() { return claim; }
    public String getActor() { return actor; }
    public Stance getStance() { return stance; }
    public Integer getTroops() { return troops; }
    public Integer getTroopsMax() { return troopsMax; }
    public Qualifier getQualifier() { return qualifier; }
    public ForceKind getKind() { return kind; }
    public int getStartOffset() { return startOffset; }
    public int getEndOffset() { return endOffset; }
    public TextSpan getStanceSpan() { return span(stanceStart, stanceEnd); }
    public TextSpan getActorSpan() { return span(actorStart, actorEnd); }

    private static TextSpan span(Integer start, Integer end) {
        return start == null || end == null || start < 0 || end < start ? null : new TextSpan(start, end);
    }
}
