package org.claimboard.extraction;

import static org.claimboard.extraction.ExtractionInvariants.assertConsistent;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** For any text, the standard pipeline returns without throwing and every offset lies inside the text. */
class PipelinePropertiesTest {

    private static final ExtractionPipeline PIPELINE = Extractors.standard();

    /** Pieces of news prose that make the steps fire: names, numbers, dates, reporting verbs, negation. */
    private static final List<String> NEWS_WORDS = List.of(
            "France", "the UK", "Britain", "British", "Germany", "Poland's", "Italy", "Ukraine", "Russia", "Kyiv",
            "London", "Paris", "Macron", "Emmanuel Macron", "Keir Starmer", "Prime Minister", "President",
            "The Times", "Reuters", "the Financial Times", "FT", "Bloomberg", "according to", "reported", "said",
            "told", "will send", "would not send", "ruled out", "declined", "is ready to", "pledged", "troops",
            "soldiers", "personnel", "up to", "more than", "between", "and", "or", "not", "no", "10,000",
            "64,000", "25,000", "2.5", "30", "six", "thousands of", "April 10", "6 January 2026", "on Tuesday",
            "last week", "in March", "2025", "U.S.", "coalition of the willing", "\u201C", "\u201D", "\u2019s",
            "(", ")", ",", ".", ";", ":", "?", "!", "-", "\u2014", "\u00A0", "\u200B", "\uD83C\uDDEB\uD83C\uDDF7");

    private static final List<String> SEPARATORS = List.of(" ", " ", " ", "  ", "\n", "\n\n", "\t", ". ", ", ", "");

    @Property(tries = 300)
    void anyStringIsHandled(@ForAll @StringLength(max = 3000) String text) {
        assertConsistent(PIPELINE.extract(ArticleInput.of(text)), text);
    }

    @Property(tries = 300)
    void anyNewsLikeTextIsHandled(@ForAll("newsLikeText") String text) {
        assertConsistent(PIPELINE.extract(ArticleInput.of(text)), text);
    }

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(NEWS_WORDS),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.integers().between(-1, Integer.MAX_VALUE).map(String::valueOf));
        Arbitrary<String> separator = Arbitraries.of(SEPARATORS);
        return piece.list().ofMaxSize(200)
                .flatMap(pieces -> separator.list().ofSize(pieces.size()).map(seps -> join(pieces, seps)));
    }

    private static String join(List<String> pieces, List<String> separators) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            text.append(pieces.get(i)).append(separators.get(i));
        }
        return text.toString();
    }
}
