package org.claimboard.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimboard.extraction.text.Tokenizer;

/**
 * Finds word-list phrases in a token range: longest match first, left to right, no overlaps, in time
 * linear in the tokens (a trie over normalised tokens, no regular expressions).
 * A phrase written with a capital ("Turkey") matches only capitalised text ("Turkey", "TURKEY"), never "turkey";
 * a phrase written in lower case matches any case.
 */
public final class PhraseMatcher<T> {

    private final Node<T> root = new Node<>();

    public PhraseMatcher<T> add(String phrase, T value) {
        Tokens tokens = Tokenizer.tokenize(phrase);
        if (tokens.size() == 0) {
            return this;
        }
        Node<T> node = root;
        boolean[] capitals = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            node = node.children.computeIfAbsent(tokens.norm(i), k -> new Node<>());
            capitals[i] = tokens.isCapitalized(i);
        }
        if (node.value == null) {
            node.value = value;
            node.capitals = capitals;
        }
        return this;
    }

    public record Match<T>(T value, int firstToken, int endToken, int start, int end) {
    }

    public List<Match<T>> findAll(Tokens tokens) {
        return findAll(tokens, 0, tokens.size());
    }

    /** Matches among tokens [from, to). */
    public List<Match<T>> findAll(Tokens tokens, int from, int to) {
        List<Match<T>> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<T> match = longestAt(tokens, i, to);
            if (match == null) {
                i++;
            } else {
                matches.add(match);
                i = match.endToken();
            }
        }
        return matches;
    }

    /** The longest phrase starting at token i and ending before token {@code to}, or null. */
    public Match<T> longestAt(Tokens tokens, int i, int to) {
        Node<T> node = root;
        Node<T> best = null;
        int bestEnd = -1;
        for (int k = i; k < to; k++) {
            node = node.children.get(tokens.norm(k));
            if (node == null) {
                break;
            }
            if (node.value != null && casingFits(node.capitals, tokens, i)) {
                best = node;
                bestEnd = k + 1;
            }
        }
        return best == null ? null
                : new Match<>(best.value, i, bestEnd, tokens.start(i), tokens.end(bestEnd - 1));
    }

    public Match<T> longestAt(Tokens tokens, int i) {
        return longestAt(tokens, i, tokens.size());
    }

    private static boolean casingFits(boolean[] capitals, Tokens tokens, int first) {
        for (int k = 0; k < capitals.length; k++) {
            if (capitals[k] && !tokens.isCapitalized(first + k)) {
                return false;
            }
        }
        return true;
    }

    private static final class Node<T> {
        private final Map<String, Node<T>> children = new HashMap<>(4);
        private T value;
        private boolean[] capitals;
    }
}
