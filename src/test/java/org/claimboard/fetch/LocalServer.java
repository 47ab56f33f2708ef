package org.claimboard.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A throwaway HTTP server on a loopback address and a random port; remembers the Host header of each request. */
final class LocalServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    final List<String> hostHeaders = new CopyOnWriteArrayList<>();

    LocalServer(InetAddress address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 16);
        server.setExecutor(threads);
        server.start();
    }

    static LocalServer onIpv4Loopback() throws IOException {
        return new LocalServer(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** "http://127.0.0.1:PORT" + path. */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    LocalServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException e) {
                // the client hung up, as it should on oversized or slow answers
            }
        });
        return this;
    }

    LocalServer page(String path, int status, String contentType, String body) {
        return on(path, exchange -> send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    LocalServer redirect(String path, String location) {
        return on(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
        });
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
