package org.claimboard.pledge;

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

    /** An editor's correction of who takes the stance and which (the other values have setters). */
    public void correct(String actor, Stance stance) {
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
}
