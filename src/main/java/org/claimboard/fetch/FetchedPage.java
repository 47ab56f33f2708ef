package org.claimboard.fetch;

import java.net.URI;

/** A fetched page: where it ended up after redirects, its media type (no parameters) and its decoded text. */
public record FetchedPage(URI finalUrl, String contentType, String body) {

    public boolean isHtml() {
        return !"text/plain".equals(contentType);
    }
}
