package org.claimboard.extraction;

/**
 * A stance an actor takes on sending forces. The actor is an ISO alpha-2 code, or {@link #COALITION}
 * for the multinational force as a whole. Troops are null when the text gives no number; {@code troopsMax}
 * is set only for a range.
 */
public record Pledge(String actor, Stance stance, Integer troops, Integer troopsMax, Qualifier qualifier,
                     ForceKind kind, int sentence, int start, int end, String text, String outlet) {

    public static final String COALITION = "COALITION";
}
