package org.claimboard.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/** One hop of a fetch after vetting: the address as asked for and the addresses allowed to connect to. */
record Target(URI uri, String host, int port, boolean https, List<InetAddress> addresses) {

    /** Value of the Host header: the authority as written (no user info is ever allowed through). */
    String hostHeader() {
        return uri.getRawAuthority();
    }

    /** Path and query as sent on the request line. */
    String requestTarget() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
