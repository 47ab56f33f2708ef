package org.claimboard.extraction;

import java.util.List;

import org.claimboard.extraction.country.CountryFinder;
import org.claimboard.extraction.meta.MetadataFinder;
import org.claimboard.extraction.outlet.OutletFinder;
import org.claimboard.extraction.person.PersonFinder;
import org.claimboard.extraction.text.SentenceSplitter;
import org.claimboard.extraction.text.Tokenizer;

/** The pipeline up to the outlets, as in {@link Extractors#standard()}, for tests of the steps that need earlier layers. */
public final class LexicalSteps {

    public static final ExtractionPipeline PIPELINE = new ExtractionPipeline(List.of(new Tokenizer(),
            new SentenceSplitter(), new MetadataFinder(), new CountryFinder(), new PersonFinder(), new OutletFinder()));

    private LexicalSteps() {
    }

    public static Extraction run(String text) {
        return PIPELINE.extract(ArticleInput.of(text));
    }
}
