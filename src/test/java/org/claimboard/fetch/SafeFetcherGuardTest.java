package org.claimboard.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SSRF defences. Traffic goes only to 127.0.0.1 (and ::1); name lookups go to an in-memory resolver. */
class SafeFetcherGuardTest {

    private static final String PRIVATE = "That address points into a private network and cannot be fetched";
    private static final String HTML = "text/html; charset=utf-8";

    /** Lets the local test server through (127.0.0.1 only, not the rest of 127/8), else the production rule. */
    private static final AddressPolicy LOCAL_TEST_SERVER =
            address -> address.getHostAddress().equals("127.0.0.1") || AddressGuard.isPublic(address);

    private final RecordingConnector connector = new RecordingConnector();
    private LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = LocalServer.onIpv4Loopback().page("/", 200, HTML, "<p>inside</p>");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SafeFetcher fetcher(AddressPolicy policy, Resolver resolver) {
        return new SafeFetcher(policy, resolver, FetchLimits.DEFAULT, connector,
                (javax.net.ssl.SSLSocketFactory) javax.net.ssl.SSLSocketFactory.getDefault());
    }

    private static Resolver names(Map<String, List<InetAddress>> table) {
        return host -> {
            List<InetAddress> addresses = table.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            return addresses;
        };
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void theDefaultPolicyRefusesALocalServerWithoutConnecting() {
        assertThatThrownBy(() -> fetcher(AddressPolicy.publicOnly(), names(Map.of())).fetch(server.url("/")))
                .isInstanceOf(FetchException.class).hasMessage(PRIVATE);
        assertThatThrownBy(() -> new SafeFetcher().fetch(server.url("/")))
                .isInstanceOf(FetchException.class).hasMessage(PRIVATE);
        assertThat(connector.connections).isEmpty();
        assertThat(server.hostHeaders).isEmpty();
    }

    @Test
    void theDefaultPolicyRefusesANameThatResolvesToLoopback() throws UnknownHostException {
        Resolver resolver = names(Map.of("localhost", List.of(ip("127.0.0.1"))));
        assertThatThrownBy(() -> fetcher(AddressPolicy.publicOnly(), resolver)
                .fetch("http://localhost:" + server.port() + "/"))
                .isInstanceOf(FetchException.class).hasMessage(PRIVATE);
        assertThat(connector.connections).isEmpty();
    }

    @Test
    void theDefaultPolicyRefusesTheIpv6Loopback() throws IOException {
        LocalServer v6;
        try {
            v6 = new LocalServer(ip("::1"));
        } catch (IOException e) {
            assumeTrue(false, "IPv6 loopback is not available here");
            return;
        }
        try (v6) {
            v6.page("/", 200, HTML, "<p>inside</p>");
            assertThatThrownBy(() -> fetcher(AddressPolicy.publicOnly(), names(Map.of()))
                    .fetch("http://[::1]:" + v6.port() + "/"))
                    .isInstanceOf(FetchException.class).hasMessage(PRIVATE);
            assertThat(connector.connections).isEmpty();
            assertThat(v6.hostHeaders).isEmpty();
        }
    }

    @Test
    void thePermissiveTestPolicyReachesTheTestServer() throws Exception {
        FetchedPage page = fetcher(LOCAL_TEST_SERVER, names(Map.of())).fetch(server.url("/"));
        assertThat(page.body()).isEqualTo("<p>inside</p>");
        assertThat(connector.hosts()).containsExactly("127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.2:PORT/", "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:PORT/", "http://[::ffff:169.254.169.254]/", "http://10.0.0.7/", "http://0.0.0.0:PORT/",
        "http://metadata.internal/", "http://mixed.example/"})
    void refusesARedirectIntoAForbiddenAddressBeforeConnecting(String location) throws Exception {
        server.redirect("/jump", location.replace("PORT", String.valueOf(server.port())));
        Resolver resolver = names(Map.of("metadata.internal", List.of(ip("169.254.169.254")),
                "mixed.example", List.of(ip("93.184.216.34"), ip("192.168.0.10"))));
        assertThatThrownBy(() -> fetcher(LOCAL_TEST_SERVER, resolver).fetch(server.url("/jump")))
                .isInstanceOf(FetchException.class).hasMessage(PRIVATE);
        assertThat(connector.hosts()).containsExactly("127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/a.txt", "jar:file:/x.jar!/a",
        "data:text/html,hello", "gopher://example.com/", "javascript:alert(1)"})
    void refusesOtherSchemesAndRedirectsToThem(String address) {
        assertThatThrownBy(() -> fetcher(LOCAL_TEST_SERVER, names(Map.of())).fetch(address))
                .isInstanceOf(FetchException.class).hasMessageStartingWith("Only http and https addresses");
        server.redirect("/to-scheme", address);
        assertThatThrownBy(() -> fetcher(LOCAL_TEST_SERVER, names(Map.of())).fetch(server.url("/to-scheme")))
                .isInstanceOf(FetchException.class).hasMessageStartingWith("Only http and https addresses");
    }

    @Test
    void connectsToTheVettedAddressAndResolvesEachHopOnce() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        // a rebinding name: harmless on the first answer, private on every later one
        Resolver rebinding = host -> List.of(lookups.getAndIncrement() == 0 ? ip("127.0.0.1") : ip("10.0.0.1"));
        FetchedPage page = fetcher(LOCAL_TEST_SERVER, rebinding).fetch("http://news.example:" + server.port() + "/");
        assertThat(page.body()).isEqualTo("<p>inside</p>");
        assertThat(lookups).hasValue(1);
        assertThat(connector.hosts()).containsExactly("127.0.0.1");
        assertThat(server.hostHeaders).containsExactly("news.example:" + server.port());
    }

    @Test
    void sendsInternationalNamesAndPathsInAsciiForm() throws Exception {
        server.on("/n", exchange -> LocalServer.send(exchange, 200, HTML,
                exchange.getRequestURI().getRawPath().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        Resolver resolver = names(Map.of("xn--bcher-kva.example", List.of(ip("127.0.0.1"))));
        FetchedPage page = fetcher(LOCAL_TEST_SERVER, resolver)
                .fetch("http://bücher.example:" + server.port() + "/nächste");
        assertThat(page.body()).isEqualTo("/n%C3%A4chste");
        assertThat(server.hostHeaders).containsExactly("xn--bcher-kva.example:" + server.port());
    }

    @Test
    void explainsBadPortsAndFailingResolvers() {
        Resolver broken = host -> {
            throw new SecurityException("lookups are not allowed");
        };
        assertThatThrownBy(() -> fetcher(LOCAL_TEST_SERVER, broken).fetch("http://news.example:99999/"))
                .isInstanceOf(FetchException.class).hasMessage("That address has an invalid port number");
        assertThatThrownBy(() -> fetcher(LOCAL_TEST_SERVER, broken).fetch("http://news.example/"))
                .isInstanceOf(FetchException.class).hasMessage("Could not find the server news.example");
        assertThat(connector.connections).isEmpty();
    }

    @Test
    void refusesAddressesWithCredentials() {
        assertThatThrownBy(() -> fetcher(LOCAL_TEST_SERVER, names(Map.of())).fetch(
                "http://admin:secret@127.0.0.1:" + server.port() + "/"))
                .isInstanceOf(FetchException.class)
                .hasMessage("Addresses with a user name or password cannot be fetched");
        assertThat(connector.connections).isEmpty();
    }
}
