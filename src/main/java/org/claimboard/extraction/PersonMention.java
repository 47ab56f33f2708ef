package org.claimboard.extraction;

/** A named person, with the role and country they speak for when the text gives them (else null). */
public record PersonMention(String name, String role, String country, int start, int end) {
}
