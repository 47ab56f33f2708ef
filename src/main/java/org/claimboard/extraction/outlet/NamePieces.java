package org.claimboard.extraction.outlet;

import org.claimboard.extraction.Tokens;

/** Which tokens can be part of an outlet's written name: capitalised words and the few other shapes names take. */
final class NamePieces {

    /** "Radio 4", "France 24", "Antena 1": a channel number; longer numbers are years or counts, not names. */
    private static final int MAX_CHANNEL_DIGITS = 2;

    private final String text;
    private final Tokens tokens;
    private final OutletLexicon lexicon;

    NamePieces(String text, Tokens tokens, OutletLexicon lexicon) {
        this.text = text;
        this.tokens = tokens;
        this.lexicon = lexicon;
    }

    /**
     * A capitalised word; a dot joining two words without spaces ("Caliber.Az"); a connector between two
     * capitalised words ("Corriere della Sera"); a channel number after a capitalised word ("BBC Radio 4").
     */
    boolean isPiece(int k) {
        if (k < 0 || k >= tokens.size()) {
            return false;
        }
        if (tokens.isWord(k)) {
            return tokens.isCapitalized(k) && !tokens.is(k, "the") || isDomainTail(k) || isConnector(k) || isChannelNumber(k);
        }
        return tokens.firstChar(k) == '.' && k > 0 && k + 1 < tokens.size()
                && tokens.end(k - 1) == tokens.start(k) && tokens.end(k) == tokens.start(k + 1) && tokens.isWord(k + 1);
    }

    private boolean isDomainTail(int k) {
        return k >= 2 && tokens.firstChar(k - 1) == '.' && tokens.end(k - 1) == tokens.start(k)
                && tokens.end(k - 2) == tokens.start(k - 1) && tokens.isWord(k - 2);
    }

    private boolean isConnector(int k) {
        return !tokens.isCapitalized(k) && lexicon.isConnector(tokens.norm(k)) && isCapitalWord(k - 1)
                && !TokenShapes.isPossessive(text, tokens, k - 1) && isCapitalWord(k + 1);
    }

    private boolean isChannelNumber(int k) {
        String word = tokens.text(k);
        return word.length() <= MAX_CHANNEL_DIGITS && word.chars().allMatch(Character::isDigit) && isCapitalWord(k - 1)
                && !TokenShapes.isPossessive(text, tokens, k - 1);
    }

    private boolean isCapitalWord(int k) {
        return k >= 0 && k < tokens.size() && tokens.isWord(k) && tokens.isCapitalized(k) && !tokens.is(k, "the");
    }
}
