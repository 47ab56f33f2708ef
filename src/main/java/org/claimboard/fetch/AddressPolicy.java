package org.claimboard.fetch;

import java.net.InetAddress;

/** Decides which resolved addresses the {@link SafeFetcher} may connect to. */
@FunctionalInterface
public interface AddressPolicy {

    boolean allows(InetAddress address);

    /** The production policy: public internet addresses only, see {@link AddressGuard}. */
    static AddressPolicy publicOnly() {
        return AddressGuard::isPublic;
    }
}
