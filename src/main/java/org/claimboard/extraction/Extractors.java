package org.claimboard.extraction;

import java.util.List;

import org.claimboard.extraction.claim.ClaimFinder;
import org.claimboard.extraction.country.CountryFinder;
import org.claimboard.extraction.date.DateFinder;
import org.claimboard.extraction.meta.MetadataFinder;
import org.claimboard.extraction.number.TroopCountFinder;
import org.claimboard.extraction.outlet.OutletFinder;
import org.claimboard.extraction.person.PersonFinder;
import org.claimboard.extraction.pledge.PledgeFinder;
import org.claimboard.extraction.text.SentenceSplitter;
import org.claimboard.extraction.text.Tokenizer;

/** The standard pipeline, its word lists loaded once. */
public final class Extractors {

    private Extractors() {
    }

    public static ExtractionPipeline standard() {
        return new ExtractionPipeline(List.of(
                new Tokenizer(),
                new SentenceSplitter(),
                new MetadataFinder(),
                new CountryFinder(),
                new PersonFinder(),
                new OutletFinder(),
                new DateFinder(),
                new TroopCountFinder(),
                new ClaimFinder(),
                new PledgeFinder()));
    }
}
