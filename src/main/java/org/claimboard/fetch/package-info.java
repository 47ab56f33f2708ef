/**
 * Bringing articles in from the web, safely. Plain Java, no Spring.
 *
 * <ul>
 *   <li>{@link org.claimboard.fetch.SafeFetcher} fetches a page for import. It follows redirects by hand and vets
 *   every hop before connecting: http(s) only, no credentials, and every address the host resolves to must pass an
 *   {@link org.claimboard.fetch.AddressPolicy} (in production {@link org.claimboard.fetch.AddressGuard}: public
 *   internet only). It then connects to a vetted address itself, so a DNS answer that changes between check and
 *   connection (rebinding) cannot redirect it; TLS still verifies the certificate for the host name. Time, size,
 *   redirect count and media type are limited ({@link org.claimboard.fetch.FetchLimits}). Every failure is a
 *   {@link org.claimboard.fetch.FetchException} whose message can be shown to the user as it is.</li>
 *   <li>{@link org.claimboard.fetch.ArticlePage} reads a fetched page (or pasted/uploaded HTML) into an
 *   {@link org.claimboard.extraction.ArticleInput}: the article text without navigation, banners, ads, share
 *   buttons, related links, sign-ups or comments, plus title, publisher, author and date. The furniture words are
 *   data: {@code src/main/resources/fetch/boilerplate-words.txt} and {@code boilerplate-phrases.txt}.</li>
 * </ul>
 *
 * <p>Residual risks: a system lookup that outlives the time limit keeps one of four lookup threads busy until the
 * system gives up on it; the fetcher does not use a proxy (a proxy would resolve names itself); ports are not
 * restricted, so any port of a public address can be asked for.
 */
package org.claimboard.fetch;
