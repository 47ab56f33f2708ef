package org.claimboard.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Limits, answers and decoding, against a local server on 127.0.0.1 that a test policy lets through. */
class SafeFetcherTest {

    private static final AddressPolicy LOCAL_TEST_SERVER =
            address -> address.getHostAddress().equals("127.0.0.1") || AddressGuard.isPublic(address);
    private static final Resolver NO_DNS = host -> {
        throw new UnknownHostException(host);
    };

    private LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = LocalServer.onIpv4Loopback();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SafeFetcher fetcher(FetchLimits limits) {
        return new SafeFetcher(LOCAL_TEST_SERVER, NO_DNS, limits);
    }

    private FetchedPage fetch(String path) throws FetchException {
        return fetcher(FetchLimits.DEFAULT).fetch(server.url(path));
    }

    @Test
    void fetchesAnHtmlPageAndFollowsRelativeRedirects() throws FetchException {
        server.page("/story", 200, "text/html; charset=UTF-8", "<p>Kyiv – 5 000 troops</p>")
                .redirect("/old", "/middle").redirect("/middle", "story?x=1");
        FetchedPage page = fetch("/old");
        assertThat(page.body()).isEqualTo("<p>Kyiv – 5 000 troops</p>");
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.isHtml()).isTrue();
        assertThat(page.finalUrl()).hasToString(server.url("/story?x=1"));
    }

    @Test
    void resolvesARelativeRedirectAgainstAnAddressWithoutPath() throws FetchException {
        server.on("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/next")) {
                LocalServer.send(exchange, 200, "text/plain", "arrived".getBytes(StandardCharsets.UTF_8));
            } else {
                exchange.getResponseHeaders().add("Location", "next");
                exchange.sendResponseHeaders(301, -1);
            }
        });
        FetchedPage page = fetch("");
        assertThat(page.body()).isEqualTo("arrived");
        assertThat(page.finalUrl()).hasToString(server.url("/next"));
    }

    @Test
    void stopsAfterFiveRedirects() {
        server.redirect("/loop", "/loop");
        assertThatThrownBy(() -> fetch("/loop")).isInstanceOf(FetchException.class)
                .hasMessage("The page redirects too many times (more than 5)");
        assertThat(server.hostHeaders).hasSize(6);
    }

    @Test
    void reportsTheStatusOfAFailedAnswer() {
        server.page("/gone", 404, "text/html", "<p>not here</p>");
        assertThatThrownBy(() -> fetch("/gone")).isInstanceOf(FetchException.class)
                .hasMessage("The server answered 404");
    }

    @Test
    void refusesWhatIsNotAPage() {
        server.on("/image", exchange -> LocalServer.send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P'}));
        server.on("/untyped", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("hi".getBytes(StandardCharsets.US_ASCII));
        });
        assertThatThrownBy(() -> fetch("/image")).isInstanceOf(FetchException.class)
                .hasMessage("Not an HTML or text page (image/png)");
        assertThatThrownBy(() -> fetch("/untyped")).isInstanceOf(FetchException.class)
                .hasMessage("Not an HTML or text page (no type given)");
    }

    @Test
    void givesUpOnASlowServerWithinTheTotalTime() {
        server.on("/slow", exchange -> {
            sleep(3000);
            LocalServer.send(exchange, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });
        long started = System.nanoTime();
        assertThatThrownBy(() -> fetcher(FetchLimits.DEFAULT.withTotal(Duration.ofMillis(800)))
                .fetch(server.url("/slow")))
                .isInstanceOf(FetchException.class).hasMessage("The page took too long to answer");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void givesUpOnASlowNameLookup() {
        Resolver slow = host -> {
            sleep(3000);
            throw new UnknownHostException(host);
        };
        long started = System.nanoTime();
        assertThatThrownBy(() -> new SafeFetcher(LOCAL_TEST_SERVER, slow, FetchLimits.DEFAULT.withTotal(
                Duration.ofMillis(500))).fetch("http://slow-dns.example/"))
                .isInstanceOf(FetchException.class).hasMessage("The page took too long to answer");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2000));
    }

    @Test
    void givesUpOnAServerThatTricklesItsAnswer() {
        server.on("/trickle", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int k = 0; k < 30; k++) {
                out.write('x');
                out.flush();
                sleep(100);
            }
        });
        long started = System.nanoTime();
        assertThatThrownBy(() -> fetcher(FetchLimits.DEFAULT.withTotal(Duration.ofMillis(800)))
                .fetch(server.url("/trickle")))
                .isInstanceOf(FetchException.class).hasMessage("The page took too long to answer");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void stopsReadingPastFiveMegabytes() {
        byte[] mb = new byte[1024 * 1024];
        Arrays.fill(mb, (byte) 'a');
        server.on("/big-chunked", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            for (int k = 0; k < 6; k++) {
                exchange.getResponseBody().write(mb);
            }
        });
        server.on("/big-declared", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 6L * mb.length);
            for (int k = 0; k < 6; k++) {
                exchange.getResponseBody().write(mb);
            }
        });
        assertThatThrownBy(() -> fetch("/big-chunked")).isInstanceOf(FetchException.class)
                .hasMessage("The page is larger than 5 MB");
        assertThatThrownBy(() -> fetch("/big-declared")).isInstanceOf(FetchException.class)
                .hasMessage("The page is larger than 5 MB");
    }

    @Test
    void limitsTheDecompressedSizeToo() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(new byte[6 * 1024 * 1024]);
        }
        server.on("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            LocalServer.send(exchange, 200, "text/html", zipped.toByteArray());
        });
        assertThatThrownBy(() -> fetch("/bomb")).isInstanceOf(FetchException.class)
                .hasMessage("The page is larger than 5 MB");
    }

    @Test
    void explainsAnswersThatCannotBeRead() {
        server.on("/not-gzip", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            LocalServer.send(exchange, 200, "text/html", "plain, not gzip".getBytes(StandardCharsets.US_ASCII));
        });
        server.on("/brotli", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "br");
            LocalServer.send(exchange, 200, "text/html", "whatever".getBytes(StandardCharsets.US_ASCII));
        });
        assertThatThrownBy(() -> fetch("/not-gzip")).isInstanceOf(FetchException.class)
                .hasMessage("The server at 127.0.0.1 sent an answer that cannot be read");
        assertThatThrownBy(() -> fetch("/brotli")).isInstanceOf(FetchException.class)
                .hasMessage("The server at 127.0.0.1 sent an answer that cannot be read");
    }

    @Test
    void decodesGzipAndTheDeclaredCharacterSet() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("<p>Zürich</p>".getBytes(StandardCharsets.ISO_8859_1));
        }
        server.on("/gzip", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            LocalServer.send(exchange, 200, "text/html; charset=ISO-8859-1", zipped.toByteArray());
        });
        assertThat(fetch("/gzip").body()).isEqualTo("<p>Zürich</p>");
    }

    @Test
    void takesTheCharacterSetFromHtmlMetaElseUtf8() throws Exception {
        byte[] latin = "<html><head><meta charset=\"windows-1252\"></head><p>Słowo – “quote”</p>"
                .getBytes("windows-1252");
        server.on("/meta", exchange -> LocalServer.send(exchange, 200, "text/html", latin));
        server.on("/plain", exchange -> LocalServer.send(exchange, 200, "text/plain",
                "\uFEFFKraków – Kyiv".getBytes(StandardCharsets.UTF_8)));
        assertThat(fetch("/meta").body()).contains("“quote”").contains("–");
        FetchedPage plain = fetch("/plain");
        assertThat(plain.body()).isEqualTo("Kraków – Kyiv");
        assertThat(plain.isHtml()).isFalse();
    }

    @Test
    void explainsBadAddressesAndUnknownHosts() {
        assertThatThrownBy(() -> fetcher(FetchLimits.DEFAULT).fetch("http://no-such-host.invalid/"))
                .isInstanceOf(FetchException.class).hasMessage("Could not find the server no-such-host.invalid");
        assertThatThrownBy(() -> fetcher(FetchLimits.DEFAULT).fetch("example.com/news"))
                .isInstanceOf(FetchException.class)
                .hasMessage("Enter a full web address starting with http:// or https://");
        assertThatThrownBy(() -> fetcher(FetchLimits.DEFAULT).fetch("http://exa mple.com/"))
                .isInstanceOf(FetchException.class).hasMessage("That is not a valid web address");
        assertThatThrownBy(() -> fetcher(FetchLimits.DEFAULT).fetch("  "))
                .isInstanceOf(FetchException.class).hasMessage("Enter the web address of a page");
        assertThatThrownBy(() -> fetcher(FetchLimits.DEFAULT).fetch("http://300.1.2.3/"))
                .isInstanceOf(FetchException.class).hasMessage("That address has no valid host name");
    }

    @Test
    void explainsAClosedPort() throws IOException {
        int port = server.port();
        server.close();
        assertThatThrownBy(() -> fetcher(FetchLimits.DEFAULT).fetch("http://127.0.0.1:" + port + "/"))
                .isInstanceOf(FetchException.class).hasMessage("Could not connect to 127.0.0.1");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
