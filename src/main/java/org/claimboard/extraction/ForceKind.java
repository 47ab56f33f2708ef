package org.claimboard.extraction;

/** What an actor offers or refuses to send. */
public enum ForceKind {
    TROOPS, TRAINERS, AIR, SEA, LOGISTICS, INTELLIGENCE, OTHER
}
