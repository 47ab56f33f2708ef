package org.claimboard.correction;

import java.util.List;

import org.claimboard.extraction.Sentence;
import org.claimboard.extraction.text.SentenceSplitter;
import org.claimboard.extraction.text.Tokenizer;

/** An article's sentences as the extractor cuts them, so an added claim has the offsets an extracted one would. */
final class Sentences {

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        return new SentenceSplitter().split(text, Tokenizer.tokenize(text));
    }
}
