package org.claimboard.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Connects like production code and remembers every address it was asked to connect to. */
final class RecordingConnector implements Connector {

    final List<InetSocketAddress> connections = new CopyOnWriteArrayList<>();

    @Override
    public Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException {
        connections.add(address);
        return PLAIN.connect(address, timeoutMillis);
    }

    List<String> hosts() {
        return connections.stream().map(a -> a.getAddress().getHostAddress()).toList();
    }
}
