package org.claimboard.fetch;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A minimal HTTP/1.1 GET over a socket connected to an address that was vetted beforehand. Java's HttpClient
 * resolves host names itself, so a DNS answer could change between the check and the connection (DNS rebinding);
 * connecting here to the checked address closes that gap. TLS still verifies the certificate against the host name.
 */
final class HttpWire {

    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 100;

    private HttpWire() {
    }

    static HttpResponse get(Target target, Connector connector, SSLSocketFactory tls, FetchLimits limits,
                            Deadline deadline) throws IOException {
        Socket socket = connect(target, connector, limits, deadline);
        try {
            if (target.https()) {
                socket = startTls(tls, socket, target, deadline);
            }
            sendRequest(socket.getOutputStream(), target);
            InputStream in = new BufferedInputStream(
                    new DeadlineInputStream(socket, socket.getInputStream(), deadline), 16 * 1024);
            HttpResponse response;
            do {
                response = readHead(socket, in);
            } while (response.status() >= 100 && response.status() < 200);
            return response;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static Socket connect(Target target, Connector connector, FetchLimits limits, Deadline deadline)
            throws IOException {
        IOException last = null;
        for (InetAddress address : target.addresses()) {
            int timeout = (int) Math.min(limits.connectTimeout().toMillis(), deadline.remainingMillis());
            try {
                return connector.connect(new InetSocketAddress(address, target.port()), timeout);
            } catch (IOException e) {
                last = e;
            }
        }
        throw last != null ? last : new IOException("no address to connect to");
    }

    private static Socket startTls(SSLSocketFactory factory, Socket plain, Target target, Deadline deadline)
            throws IOException {
        SSLSocket tls = (SSLSocket) factory.createSocket(plain, target.host(), target.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!target.host().contains(":") && !target.host().matches("[0-9.]+")) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        tls.setSSLParameters(parameters);
        tls.setSoTimeout(deadline.remainingMillis());
        tls.startHandshake();
        return tls;
    }

    private static void sendRequest(OutputStream out, Target target) throws IOException {
        String request = "GET " + target.requestTarget() + " HTTP/1.1\r\n"
                + "Host: " + target.hostHeader() + "\r\n"
                + "User-Agent: Claimboard/0.1 (article import)\r\n"
                + "Accept: text/html,application/xhtml+xml,text/plain;q=0.9\r\n"
                + "Accept-Encoding: gzip, deflate\r\n"
                + "Connection: close\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static HttpResponse readHead(Socket socket, InputStream in) throws IOException {
        String statusLine = readLine(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("[0-9]{3}")) {
            throw new ProtocolException("not an HTTP answer");
        }
        HttpResponse response = new HttpResponse(Integer.parseInt(parts[1]), socket, in);
        for (int count = 0; ; count++) {
            String line = readLine(in);
            if (line.isEmpty()) {
                return response;
            }
            int colon = line.indexOf(':');
            if (count >= MAX_HEADERS || colon <= 0) {
                throw new ProtocolException("bad header");
            }
            response.addHeader(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
    }

    /** One line without its CR LF, in ISO-8859-1 as HTTP headers are; bounded in length. */
    static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            if (b == -1) {
                throw new EOFException("connection closed mid-line");
            }
            if (b != '\r') {
                line.append((char) b);
            }
            if (line.length() > MAX_LINE) {
                throw new ProtocolException("line too long");
            }
        }
        return line.toString();
    }
}
