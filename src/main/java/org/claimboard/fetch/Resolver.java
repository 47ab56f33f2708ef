package org.claimboard.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into addresses; injectable so tests never touch DNS. */
@FunctionalInterface
public interface Resolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system resolver; the fetcher bounds its lookups by the fetch's total time limit. */
    static Resolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
