package org.claimboard.extraction.number;

import java.util.HashMap;
import java.util.Map;

import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.text.Tokenizer;

/**
 * Reads a cardinal number at a token: digits with grouping ("64,000", "10.000", "10 000"), decimals with a scale
 * ("1.5 million", "25 thousand", "25k"), number words ("ten thousand", "twenty-five thousand",
 * "one hundred and fifty", "a thousand"; never a bare "hundred" as in "several hundred"), and a hyphenated
 * word after the number ("10,000-strong", "15,000-20,000").
 * Stateless and thread-safe; never throws on odd input.
 */
public final class NumberParser {

    /** Larger values are not counts of anything this project reads; refusing them keeps arithmetic exact. */
    static final long LIMIT = 1_000_000_000_000L;

    private static final Map<String, Word> WORDS = loadWords();

    private enum Role { UNIT, HUNDRED, SCALE }

    private record Word(long value, Role role) {
    }

    /**
     * A number read from tokens [first, endToken). {@code suffix} is the normalised word glued to the number by a
     * hyphen ("strong" in "10,000-strong"), {@code max} the upper end of a hyphenated range ("15,000-20,000").
     */
    public record Parsed(long value, Long max, String suffix, int firstToken, int endToken) {
    }

    private NumberParser() {
    }

    /** The whole string as one number, or null when it is not exactly a number. */
    public static Long parse(String text) {
        if (text == null || text.length() > 200) {
            return null;
        }
        Tokens tokens = Tokenizer.tokenize(text);
        if (tokens.size() == 0) {
            return null;
        }
        Parsed parsed = at(tokens, 0, tokens.size());
        return parsed != null && parsed.endToken() == tokens.size() && parsed.suffix() == null
                && parsed.max() == null ? parsed.value() : null;
    }

    /** The number starting at token {@code i} (reading no further than {@code to}), or null. */
    public static Parsed at(Tokens tokens, int i, int to) {
        if (i < 0 || i >= to || !tokens.isWord(i)) {
            return null;
        }
        return Character.isDigit(tokens.firstChar(i)) ? digitsAt(tokens, i, to) : wordsAt(tokens, i, to);
    }

    private static Parsed digitsAt(Tokens tokens, int i, int to) {
        String[] parts = tokens.norm(i).split("-", -1);
        Double number = Numerals.digits(parts[0], NumberParser::scale);
        if (number == null) {
            return null;
        }
        int end = i + 1;
        double value = number;
        if (parts.length == 1 && Numerals.spaceGroupFollows(tokens, i, to) && number < 1000
                && number == Math.rint(number)) {
            value = number * 1000 + Integer.parseInt(tokens.norm(i + 1));
            end = i + 2;
        }
        String suffix = null;
        Long max = null;
        if (parts.length > 2 && Numerals.digits(parts[1], NumberParser::scale) != null) {
            return null;
        }
        if (parts.length >= 2) {
            Double second = Numerals.digits(parts[1], NumberParser::scale);
            if (second != null && parts.length == 2 && isWhole(second) && second > value) {
                max = (long) (double) second;
            } else if (second == null && !parts[1].isEmpty()) {
                Word scale = WORDS.get(parts[1]);
                if (scale != null && scale.role() == Role.SCALE && parts.length == 2) {
                    value *= scale.value();
                } else {
                    suffix = parts[parts.length - 1];
                }
            }
        } else if (end < to) {
            Word scale = WORDS.get(tokens.norm(end));
            if (scale != null && scale.role() == Role.SCALE) {
                value *= scale.value();
                end++;
            }
        }
        if (!isWhole(value) || value < 0 || value >= LIMIT) {
            return null;
        }
        return new Parsed((long) value, max, suffix, i, end);
    }

    private static Parsed wordsAt(Tokens tokens, int i, int to) {
        long total = 0;
        long current = 0;
        boolean any = false;
        int end = i;
        int k = i;
        while (k < to) {
            String norm = tokens.norm(k);
            if (norm.equals("a") && !any && k + 1 < to && isMultiplier(tokens.norm(k + 1))) {
                current = 1;
                k++;
                continue;
            }
            if (norm.equals("and") && any && k + 1 < to && startsWithUnit(tokens.norm(k + 1))) {
                k++;
                continue;
            }
            if (!any && current == 0 && !startsWithUnit(norm)) {
                return null;
            }
            long[] group = wordGroup(norm, current, total);
            if (group == null) {
                break;
            }
            current = group[0];
            total = group[1];
            any = true;
            k++;
            end = k;
            if (total + current >= LIMIT) {
                return null;
            }
        }
        return any ? new Parsed(total + current, null, null, i, end) : null;
    }

    /** Applies one token ("twenty-five", "thousand") to the running sums; null when it is no number word. */
    private static long[] wordGroup(String norm, long current, long total) {
        for (String part : norm.indexOf('-') < 0 ? new String[] {norm} : norm.split("-")) {
            Word word = WORDS.get(part);
            if (word == null || part.length() < 3) {
                return null;
            }
            switch (word.role()) {
                case UNIT -> current += word.value();
                case HUNDRED -> current = (current == 0 ? 1 : current) * word.value();
                case SCALE -> {
                    total += (current == 0 ? 1 : current) * word.value();
                    current = 0;
                }
            }
        }
        return new long[] {current, total};
    }

    private static boolean isMultiplier(String norm) {
        Word word = WORDS.get(norm);
        return word != null && word.role() != Role.UNIT && norm.length() > 2;
    }

    private static boolean startsWithUnit(String norm) {
        Word word = WORDS.get(norm.split("-")[0]);
        return word != null && word.role() == Role.UNIT && norm.length() > 2;
    }

    /** The value of a scale word ("thousand", "k", "bn"), or null. */
    static Long scale(String word) {
        Word scale = WORDS.get(word);
        return scale != null && scale.role() == Role.SCALE ? scale.value() : null;
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value);
    }

    private static Map<String, Word> loadWords() {
        Map<String, Word> words = new HashMap<>();
        for (String[] row : Lexicon.rows("number-words.tsv")) {
            words.put(row[0], new Word(Long.parseLong(row[1]), Role.valueOf(row[2])));
        }
        return Map.copyOf(words);
    }
}
