package org.claimboard.extraction.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.TroopCount;

/**
 * Finds numbers of personnel. A number counts when a personnel noun follows it, possibly through modifiers
 * ("10,000 multinational troops", "a 10,000-strong force"), or when it gives the size of a force
 * ("a force of 30,000", "the size of the peacekeeping force is 30,000"), or when it stands bare for forces named
 * before it ("ready to provide up to 10,000 of them"). Money, years, dates, percentages
 * and counts of anything else are never troop counts. One linear pass over the tokens.
 */
public final class TroopCountFinder implements ExtractionStep {

    private static final int MAX_MODIFIERS = 3;
    private static final int CONTEXT_WINDOW = 25;
    /** A bare number this large is money or a population, not the forces named before it. */
    private static final long MAX_BARE = 500_000;
    private static final Set<String> RANGE_JOINERS = Set.of("-", "–", "—", "to");

    private final TroopWords words = new TroopWords();

    @Override
    public void apply(Document doc) {
        doc.setTroopCounts(find(doc.tokens()));
    }

    List<TroopCount> find(Tokens tokens) {
        List<TroopCount> found = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            TroopCount count = null;
            int next = i + 1;
            NumberParser.Parsed number = startsNumber(tokens, i) ? NumberParser.at(tokens, i, n) : null;
            if (number != null && !isExcluded(tokens, number)) {
                Reading reading = read(tokens, number);
                if (reading != null) {
                    count = reading.count();
                    next = Math.max(next, reading.endToken());
                } else {
                    next = Math.max(next, number.endToken());
                }
            }
            if (count != null) {
                found.add(count);
            }
            i = next;
        }
        return found;
    }

    private record Reading(TroopCount count, int endToken) {
    }

    private static boolean startsNumber(Tokens tokens, int i) {
        char c = tokens.firstChar(i);
        return Character.isDigit(c) || Character.isLetter(c) && tokens.end(i) - tokens.start(i) >= 3
                || c == 'a' || c == 'A';
    }

    private boolean isExcluded(Tokens tokens, NumberParser.Parsed number) {
        int first = number.firstToken();
        if (words.isCurrency(tokens, first - 1) || number.value() <= 0 || number.value() > Integer.MAX_VALUE) {
            return true;
        }
        String norm = tokens.norm(first);
        boolean bareYear = number.endToken() == first + 1 && norm.length() == 4 && Character.isDigit(norm.charAt(0))
                && number.value() >= 1900 && number.value() <= 2100;
        if (bareYear && words.isYearLead(tokens, first - 1)) {
            return true;
        }
        boolean dayLike = number.value() <= 31 && Character.isDigit(norm.charAt(0));
        return dayLike && (words.isMonth(tokens, first - 1) || words.isMonth(tokens, number.endToken()));
    }

    private Reading read(Tokens tokens, NumberParser.Parsed number) {
        int n = tokens.size();
        long value = number.value();
        Long max = number.max();
        int end = number.endToken();
        int begin = number.firstToken();
        Qualifier qualifier = Qualifier.EXACT;
        int qualifierStart = begin;
        if (max != null) {
            qualifier = Qualifier.RANGE;
        } else if (end + 1 < n && RANGE_JOINERS.contains(tokens.norm(end))) {
            NumberParser.Parsed upper = NumberParser.at(tokens, end + 1, n);
            if (upper != null && upper.value() > value && upper.max() == null) {
                max = upper.value();
                number = upper;
                end = upper.endToken();
                qualifier = Qualifier.RANGE;
            }
        }
        if (qualifier == Qualifier.EXACT && begin >= 1 && tokens.is(begin - 1, "between") && tokens.is(end, "and")) {
            NumberParser.Parsed upper = NumberParser.at(tokens, end + 1, n);
            if (upper != null && upper.value() > value) {
                max = upper.value();
                number = upper;
                end = upper.endToken();
                qualifier = Qualifier.RANGE;
                qualifierStart = begin - 1;
            }
        }
        if (qualifier == Qualifier.EXACT) {
            PhraseMatcher.Match<Qualifier> match = words.qualifierEndingAt(tokens, begin);
            if (match != null) {
                qualifier = match.value();
                qualifierStart = match.firstToken();
            }
        }
        if (max != null && max > Integer.MAX_VALUE) {
            return null;
        }
        int nounEnd = personnelEnd(tokens, number, value, end);
        if (nounEnd < 0 && !words.givesForceSize(tokens, qualifierStart, end)
                && !elliptical(tokens, qualifierStart, end, value)) {
            return null;
        }
        int last = Math.max(end, nounEnd);
        return new Reading(new TroopCount((int) value, max == null ? null : (int) (long) max, qualifier,
                tokens.start(qualifierStart), tokens.end(last - 1)), last);
    }

    /**
     * "ready to provide up to 10,000 of them", "able to supply about 10,000.": a bare number as the object of a
     * verb of sending, the forces named earlier in the sentence.
     */
    private boolean elliptical(Tokens tokens, int first, int end, long value) {
        boolean objectOfSupply = first > 0 && words.isSupplyVerb(tokens.norm(first - 1));
        boolean closes = end >= tokens.size() || !tokens.isWord(end)
                || tokens.is(end, "of") && (tokens.is(end + 1, "them") || tokens.is(end + 1, "those"));
        return value >= 100 && value < MAX_BARE && objectOfSupply && closes && personnelBefore(tokens, first);
    }

    private boolean personnelBefore(Tokens tokens, int at) {
        for (int k = at - 1; k >= Math.max(0, at - CONTEXT_WINDOW); k--) {
            if (words.personnelAt(tokens, k, at) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The token after the personnel noun that makes this number a head count, or -1. */
    private int personnelEnd(Tokens tokens, NumberParser.Parsed number, long value, int end) {
        TroopWords.Condition suffix = words.suffixCondition(number.suffix());
        if (suffix != null) {
            return holds(suffix, tokens, number.firstToken(), value) ? end : -1;
        }
        int n = tokens.size();
        int k = end;
        int modifiers = 0;
        while (k < n && modifiers <= MAX_MODIFIERS) {
            int length = words.personnelAt(tokens, k, n);
            if (length > 0) {
                return holds(words.condition(tokens, k, length), tokens, number.firstToken(), value) ? k + length : -1;
            }
            if (tokens.is(k, "of") && k + 1 < n && words.isOfFollower(tokens.norm(k + 1))) {
                k += 2;
            } else if (words.isModifier(tokens, k)) {
                k++;
            } else {
                return -1;
            }
            modifiers++;
        }
        return -1;
    }

    private boolean holds(TroopWords.Condition condition, Tokens tokens, int at, long value) {
        return switch (condition) {
            case ANY -> true;
            case LARGE -> value >= 100;
            case FORCE_CONTEXT -> forceWordNear(tokens, at);
        };
    }

    private boolean forceWordNear(Tokens tokens, int at) {
        int from = Math.max(0, at - CONTEXT_WINDOW);
        int to = Math.min(tokens.size(), at + CONTEXT_WINDOW);
        for (int k = from; k < to; k++) {
            if (k != at && words.isForceWord(tokens.norm(k))) {
                return true;
            }
        }
        return false;
    }
}
