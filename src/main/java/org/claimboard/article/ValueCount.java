package org.claimboard.article;

/** How many distinct articles mention a value (an outlet's name, a country's code...). */
public record ValueCount(String value, long articles) {
}
