package org.claimboard.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.zip.ZipException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

/**
 * Fetches a web page for article import without letting the address reach into private networks (SSRF).
 * Every hop, the first and each redirect (followed by hand), is vetted before a connection: only http(s), and
 * every address the host resolves to must pass the {@link AddressPolicy}; the connection then goes to a vetted
 * address, never to a second lookup. Limits: see {@link FetchLimits}. Accepts HTML, XHTML and plain text.
 */
public final class SafeFetcher {

    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HopVetter vetter;
    private final FetchLimits limits;
    private final Connector connector;
    private final SSLSocketFactory tls;

    /** Public addresses only, system resolver, default limits. */
    public SafeFetcher() {
        this(AddressPolicy.publicOnly(), Resolver.system(), FetchLimits.DEFAULT);
    }

    public SafeFetcher(AddressPolicy policy, Resolver resolver, FetchLimits limits) {
        this(policy, resolver, limits, Connector.PLAIN, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    SafeFetcher(AddressPolicy policy, Resolver resolver, FetchLimits limits, Connector connector,
                SSLSocketFactory tls) {
        this.vetter = new HopVetter(policy, resolver);
        this.limits = limits;
        this.connector = connector;
        this.tls = tls;
    }

    public FetchedPage fetch(String address) throws FetchException {
        return fetch(HopVetter.parse(address));
    }

    public FetchedPage fetch(URI address) throws FetchException {
        if (address == null) {
            throw new FetchException("Enter the web address of a page");
        }
        Deadline deadline = Deadline.after(limits.total());
        URI current = address;
        for (int hop = 0; ; hop++) {
            Target target = vetter.vet(current, deadline);
            try (HttpResponse response = HttpWire.get(target, connector, tls, limits, deadline)) {
                if (REDIRECTS.contains(response.status())) {
                    if (hop >= limits.maxRedirects()) {
                        throw new FetchException("The page redirects too many times (more than "
                                + limits.maxRedirects() + ")");
                    }
                    current = redirect(target.uri(), response);
                    continue;
                }
                return page(target.uri(), response);
            } catch (SocketTimeoutException e) {
                throw new FetchException("The page took too long to answer", e);
            } catch (ConnectException e) {
                throw new FetchException("Could not connect to " + target.host(), e);
            } catch (SSLException e) {
                throw new FetchException("Could not open a secure connection to " + target.host(), e);
            } catch (ProtocolException | ZipException e) {
                throw new FetchException("The server at " + target.host() + " sent an answer that cannot be read", e);
            } catch (IOException e) {
                throw new FetchException("The connection to " + target.host() + " failed", e);
            }
        }
    }

    private static URI redirect(URI current, HttpResponse response) throws FetchException {
        String location = response.header("location");
        if (location == null || location.isBlank()) {
            throw new FetchException("The server answered " + response.status() + " without saying where to go");
        }
        try {
            // "http://host" + "next" must give "http://host/next", which URI.resolve only does with a path
            URI base = current.getRawPath() == null || current.getRawPath().isEmpty() ? current.resolve("/") : current;
            return base.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("The server redirected to an invalid address");
        }
    }

    private FetchedPage page(URI url, HttpResponse response) throws IOException, FetchException {
        if (response.status() != 200) {
            throw new FetchException("The server answered " + response.status());
        }
        String contentType = response.header("content-type");
        String mediaType = PageCharset.mediaType(contentType);
        if (!PAGE_TYPES.contains(mediaType)) {
            throw new FetchException("Not an HTML or text page ("
                    + (mediaType.isEmpty() ? "no type given" : mediaType) + ")");
        }
        if (response.contentLength() > limits.maxBytes()) {
            throw tooLarge();
        }
        byte[] bytes = readAtMost(response.body());
        String body = new String(bytes, PageCharset.of(contentType, bytes, !mediaType.equals("text/plain")));
        return new FetchedPage(url, mediaType, body.startsWith("\uFEFF") ? body.substring(1) : body);
    }

    private byte[] readAtMost(InputStream in) throws IOException, FetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int count;
        while ((count = in.read(buffer)) != -1) {
            out.write(buffer, 0, count);
            if (out.size() > limits.maxBytes()) {
                throw tooLarge();
            }
        }
        return out.toByteArray();
    }

    private FetchException tooLarge() {
        return new FetchException("The page is larger than " + limits.sizeLabel());
    }
}
