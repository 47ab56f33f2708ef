package org.claimboard.correction;

import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Stance;
import org.claimboard.pledge.TroopPledge;

/** What an editor says a pledge should be: who, which stance, how many (optionally up to how many), of what. */
public record PledgeForm(@NotBlank(message = "{correction.actor.required}")
                         @Pattern(regexp = "\\s*([A-Za-z]{2}|COALITION|coalition)\\s*",
                                 message = "{correction.actor.pattern}") String actor,
                         @NotNull(message = "{correction.stance.required}") Stance stance,
                         @PositiveOrZero(message = "{correction.troops.range}")
                         @Max(value = 2_000_000, message = "{correction.troops.range}") Integer troops,
                         @PositiveOrZero(message = "{correction.troops.range}")
                         @Max(value = 2_000_000, message = "{correction.troops.range}") Integer troopsMax,
                         Qualifier qualifier,
                         ForceKind kind) {

    public static PledgeForm empty() {
        return new PledgeForm(null, null, null, null, null, ForceKind.TROOPS);
    }

    public static PledgeForm of(TroopPledge pledge) {
        return new PledgeForm(pledge.getActor(), pledge.getStance(), pledge.getTroops(), pledge.getTroopsMax(),
                pledge.getQualifier(), pledge.getKind());
    }

    /** The actor as stored: an upper-case ISO code, or COALITION. */
    String actorCode() {
        return actor == null ? null : actor.strip().toUpperCase(Locale.ROOT);
    }

    /** A range needs a number to start from and must not run backwards. */
    boolean rangeValid() {
        return troopsMax == null || (troops != null && troopsMax >= troops);
    }
}
