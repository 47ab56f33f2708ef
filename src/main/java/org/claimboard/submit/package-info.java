/**
 * Adding articles by hand: pasted text, uploaded {@code .txt}/{@code .html} files, or a web address fetched with
 * the {@link org.claimboard.fetch.SafeFetcher}. One service, {@link org.claimboard.submit.ArticleSubmission},
 * turns each of these into an {@link org.claimboard.extraction.ArticleInput} and hands it to the ingest, which
 * stores an article and everything extracted from it in one transaction or not at all. The editor's form
 * ({@code /articles/new}) and the JSON API ({@code POST /api/articles}) are thin layers over that service.
 */
package org.claimboard.submit;
