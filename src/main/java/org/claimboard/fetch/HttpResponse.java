package org.claimboard.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Status and headers of an answer; the body is read on demand and closing it closes the connection. */
final class HttpResponse implements Closeable {

    private final int status;
    private final Socket socket;
    private final InputStream in;
    private final Map<String, String> headers = new HashMap<>();

    HttpResponse(int status, Socket socket, InputStream in) {
        this.status = status;
        this.socket = socket;
        this.in = in;
    }

    int status() {
        return status;
    }

    /** First value of a header, by lower-case name, or null. */
    String header(String name) {
        return headers.get(name);
    }

    void addHeader(String name, String value) {
        headers.putIfAbsent(name, value);
    }

    /** Content-Length when given and valid, else -1. */
    long contentLength() {
        String value = header("content-length");
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return -1;
        }
        return Long.parseLong(value);
    }

    /** The body, de-chunked and decompressed. */
    InputStream body() throws IOException {
        String transfer = lower(header("transfer-encoding"));
        InputStream raw;
        if (transfer.contains("chunked")) {
            raw = new ChunkedInputStream(in);
        } else if (contentLength() >= 0) {
            raw = new FixedLengthInputStream(in, contentLength());
        } else {
            raw = in;
        }
        String encoding = lower(header("content-encoding"));
        return switch (encoding) {
            case "", "identity" -> raw;
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            case "deflate" -> new InflaterInputStream(raw);
            default -> throw new ProtocolException("unsupported content encoding " + encoding);
        };
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
