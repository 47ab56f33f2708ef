package org.claimboard.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS to a vetted address: the connection goes to 127.0.0.1 while the certificate is still checked against the
 * host name asked for. Uses a throwaway certificate for "news.example" made with the JDK's keytool.
 */
class SafeFetcherTlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final AddressPolicy LOCAL_TEST_SERVER = address -> address.getHostAddress().equals("127.0.0.1");

    @TempDir
    static Path dir;
    private static HttpsServer server;
    private static SSLContext context;

    @BeforeAll
    static void start() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        assumeTrue(Files.isExecutable(keytool), "the JDK's keytool is needed to make a test certificate");
        Path store = dir.resolve("test.p12");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "news", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=news.example", "-ext", "SAN=dns:news.example",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        assumeTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "keytool failed");

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 8);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> LocalServer.send(exchange, 200, "text/html",
                "<p>secure</p>".getBytes(StandardCharsets.UTF_8)));
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static SafeFetcher fetcher() {
        Resolver resolver = host -> {
            if (host.endsWith(".example")) {
                return List.of(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
            }
            throw new UnknownHostException(host);
        };
        return new SafeFetcher(LOCAL_TEST_SERVER, resolver, FetchLimits.DEFAULT, Connector.PLAIN,
                context.getSocketFactory());
    }

    @Test
    void fetchesOverTlsFromTheVettedAddress() throws FetchException {
        FetchedPage page = fetcher().fetch("https://news.example:" + server.getAddress().getPort() + "/");
        assertThat(page.body()).isEqualTo("<p>secure</p>");
    }

    @Test
    void stillChecksTheCertificateAgainstTheHostName() {
        assertThatThrownBy(() -> fetcher().fetch("https://other.example:" + server.getAddress().getPort() + "/"))
                .isInstanceOf(FetchException.class)
                .hasMessage("Could not open a secure connection to other.example")
                .cause().hasMessageContaining("other.example");
    }
}
