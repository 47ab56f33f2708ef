/**
 * Getting articles into the database and keeping what was extracted from them current.
 * <ul>
 * <li>{@link org.claimboard.ingest.ArticleIngestService} stores one article and everything the extractor found
 * in it, in one transaction: all of it or none of it. The text is normalised first
 * ({@link org.claimboard.ingest.ArticleTexts}); the SHA-256 of the normalised text identifies the article, so the
 * same text is stored once whatever its file name. Empty, binary or letterless texts are refused with a reason;
 * a real text in which nothing is found is still stored (re-extraction may find something later).</li>
 * <li>{@link org.claimboard.ingest.SeedLoader} loads a folder ({@code claimboard.seeds-dir}) at start-up of the web
 * app, or on request ({@code loadAll}); bad files are skipped with a logged reason, the others still load.</li>
 * <li>{@link org.claimboard.ingest.ReextractService} runs the current extractor over every stored article and
 * replaces the derived rows, one transaction per article; {@link org.claimboard.ingest.ReextractCommand} is the
 * {@code reextract} command line. The service publishes {@link org.claimboard.ingest.ExtractionRewritten} inside
 * each article's transaction; {@code org.claimboard.correction} listens and applies the editors' corrections
 * again, so an article is committed corrected or not at all. The service also fingerprints articles stored
 * before near-copy detection and links them to earlier articles they repeat and later ones repeating them.</li>
 * <li>Every stored article gets a MinHash fingerprint; a syndicated copy of a stored article is linked to it
 * ({@code near_copy_of}, see {@link org.claimboard.dedup.NearCopyIndex}). Exact duplicates are still refused.</li>
 * <li>Bulk import ({@code org.claimboard.ingest.bulk}) is the {@code import} command for folders and zip
 * archives: each file goes through {@code ArticleIngestService} in its own transaction, so an interrupted import
 * is resumed by running it again. Both commands start the app through {@link org.claimboard.ingest.HeadlessApp}
 * (no web server, no seed loading).</li>
 * </ul>
 */
package org.claimboard.ingest;
