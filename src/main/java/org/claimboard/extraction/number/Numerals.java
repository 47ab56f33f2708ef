package org.claimboard.extraction.number;

import java.util.function.Function;

import org.claimboard.extraction.Tokens;

/** Digit numerals: "64,000", "10.000" (dot grouping), "1.5", "25k", and "10 000" split over two tokens. */
final class Numerals {

    private Numerals() {
    }

    /** "64,000", "10.000", "1.5", "25k"; null when the text is not such a number. */
    static Double digits(String s, Function<String, Long> scales) {
        if (s.isEmpty() || s.length() > 30 || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        int k = 0;
        while (k < s.length() && (Character.isDigit(s.charAt(k)) || s.charAt(k) == ',' || s.charAt(k) == '.')) {
            k++;
        }
        String numeral = s.substring(0, k);
        String rest = s.substring(k);
        double multiplier = 1;
        if (!rest.isEmpty()) {
            Long scale = scales.apply(rest);
            if (scale == null) {
                return null;
            }
            multiplier = scale;
        }
        Double value = numeral(numeral);
        return value == null ? null : value * multiplier;
    }

    private static Double numeral(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) > 127 || !(Character.isDigit(s.charAt(k)) || s.charAt(k) == ',' || s.charAt(k) == '.')) {
                return null;
            }
        }
        if (s.endsWith(",") || s.endsWith(".")) {
            return null;
        }
        String[] dotParts = s.split("\\.", -1);
        boolean dotGrouping = dotParts.length > 2 || dotParts.length == 2 && dotParts[1].length() == 3
                && dotParts[0].length() <= 3 && !s.contains(",");
        String plain;
        if (dotGrouping) {
            plain = s.replace(".", "");
        } else {
            plain = s.replace(",", "");
        }
        if (plain.chars().filter(c -> c == '.').count() > 1 || plain.length() > 25) {
            return null;
        }
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "10 000": a group of exactly three digits after a single space. */
    static boolean spaceGroupFollows(Tokens tokens, int i, int to) {
        if (i + 1 >= to || tokens.start(i + 1) != tokens.end(i) + 1) {
            return false;
        }
        String next = tokens.norm(i + 1);
        String here = tokens.norm(i);
        return next.length() == 3 && next.chars().allMatch(c -> c >= '0' && c <= '9')
                && here.length() <= 3 && here.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
