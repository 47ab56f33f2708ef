package org.claimboard.extraction;

/**
 * A stance an actor takes on sending forces. The actor is an ISO alpha-2 code, or {@link #COALITION}
 * for the multinational force as a whole. Troops are null when the text gives no number; {@code troopsMax}
 * is set only for a range. Besides its sentence's offsets it carries its evidence: the span of the stance phrase
 * and the span of the words that name its actor (a country, a leader, a pronoun, the coalition); either is null
 * when unknown.
 */
public record Pledge(String actor, Stance stance, Integer troops, Integer troopsMax, Qualifier qualifier,
                     ForceKind kind, int sentence, int start, int end, String text, String outlet,
                     TextSpan stanceSpan, TextSpan actorSpan) {

    public static final String COALITION = "COALITION";
}
