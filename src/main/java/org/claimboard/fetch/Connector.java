package org.claimboard.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;

/** Opens the TCP connection to an already vetted address; a seam so tests can see every connection made. */
@FunctionalInterface
interface Connector {

    Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException;

    Connector PLAIN = (address, timeoutMillis) -> {
        Socket socket = new Socket(Proxy.NO_PROXY); // a proxy would connect by its own lookup
        try {
            socket.connect(address, timeoutMillis);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    };
}
