package org.claimboard.extraction.text;

import java.util.ArrayList;
import java.util.List;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;
import org.claimboard.extraction.Sentence;
import org.claimboard.extraction.Tokens;

/**
 * Splits the text into sentences, robust to abbreviations; paragraph breaks always end one.
 * Works over the tokens in one pass: a sentence ends at a line break, or at '.', '!' or '?' (plus any closing
 * quotes and brackets) followed by white space and a word that can open a sentence. Offsets exclude white space.
 */
public final class SentenceSplitter implements ExtractionStep {

    /** Closing quotes and brackets that may follow the end mark ("…die.”)"); more are not a sentence end. */
    private static final int MAX_CLOSERS = 3;

    private final Abbreviations abbreviations = Abbreviations.load();

    @Override
    public void apply(Document doc) {
        Tokens tokens = doc.tokens();
        if (tokens.size() == 0 && !doc.text().isBlank()) {
            tokens = Tokenizer.tokenize(doc.text());
            doc.setTokens(tokens);
        }
        doc.setSentences(split(doc.text(), tokens));
    }

    public List<Sentence> split(String text, Tokens tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || lineBreakBetween(text, tokens.end(i - 1), tokens.start(i))
                    || endsSentence(text, tokens, i)) {
                sentences.add(new Sentence(sentences.size(), tokens.start(first), tokens.end(i - 1)));
                first = i;
            }
        }
        return sentences;
    }

    /** Whether a sentence ends just before token {@code next} (which is preceded by white space). */
    private boolean endsSentence(String text, Tokens tokens, int next) {
        if (tokens.start(next) == tokens.end(next - 1) || !canOpen(tokens.firstChar(next))) {
            return false;
        }
        int k = next - 1;
        while (k > 0 && next - k <= MAX_CLOSERS && isCloser(tokens.firstChar(k)) && tokens.end(k) - tokens.start(k) == 1) {
            k--;
        }
        char last = text.charAt(tokens.end(k) - 1);
        if (last == '!' || last == '?') {
            return true;
        }
        if (last != '.') {
            return false;
        }
        return !abbreviationBefore(tokens, k, next);
    }

    /** Whether the dot ending token k (or standing as token k) belongs to an abbreviation, not a sentence end. */
    private boolean abbreviationBefore(Tokens tokens, int k, int next) {
        String word;
        boolean attached;
        if (tokens.end(k) - tokens.start(k) > 1) {
            String t = tokens.norm(k);
            word = t.substring(0, t.length() - 1);
            attached = true;
        } else {
            if (k == 0 || tokens.end(k - 1) != tokens.start(k) || !tokens.isWord(k - 1)) {
                return false;
            }
            word = tokens.norm(k - 1);
            attached = false;
        }
        Abbreviations.Kind kind = abbreviations.kindOf(word);
        if (kind == null && (attached || word.length() == 1 && Character.isLetter(word.charAt(0)))) {
            kind = Abbreviations.Kind.MAYBE;
        }
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case TITLE -> true;
            case NUMBER -> Character.isDigit(tokens.firstChar(next));
            case MAYBE -> !abbreviations.isSentenceStarter(tokens.norm(next));
        };
    }

    private static boolean canOpen(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)
                || "\"'\u201C\u2018\u00AB\u201E([".indexOf(c) >= 0
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private static boolean isCloser(char c) {
        return "\"'\u201D\u2019\u00BB)]".indexOf(c) >= 0;
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return true;
            }
        }
        return false;
    }
}
