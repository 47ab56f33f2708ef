package org.claimboard.fetch;

import java.net.IDN;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/** Checks one address before any connection: scheme, host, and every address the host resolves to. */
final class HopVetter {

    static final String PRIVATE_NETWORK = "That address points into a private network and cannot be fetched";

    private final AddressPolicy policy;
    private final Resolver resolver;

    HopVetter(AddressPolicy policy, Resolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    static URI parse(String address) throws FetchException {
        if (address == null || address.isBlank()) {
            throw new FetchException("Enter the web address of a page");
        }
        try {
            return new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new FetchException("That is not a valid web address");
        }
    }

    Target vet(URI asked, Deadline deadline) throws FetchException {
        String scheme = asked.getScheme() == null ? "" : asked.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(scheme.isEmpty()
                    ? "Enter a full web address starting with http:// or https://"
                    : "Only http and https addresses can be fetched, not " + scheme + ":");
        }
        URI uri = ascii(asked);
        if (uri.getRawUserInfo() != null) {
            throw new FetchException("Addresses with a user name or password cannot be fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException("That address has no valid host name");
        }
        host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean https = scheme.equals("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        if (port < 1 || port > 65535) {
            throw new FetchException("That address has an invalid port number");
        }
        List<InetAddress> addresses = resolve(host, deadline);
        for (InetAddress address : addresses) {
            if (!policy.allows(address)) {
                throw new FetchException(PRIVATE_NETWORK);
            }
        }
        return new Target(uri, host, port, https, addresses);
    }

    /** The address with an international host name in its ASCII (punycode) form and its path percent-encoded. */
    private static URI ascii(URI uri) throws FetchException {
        try {
            URI encoded = new URI(uri.toASCIIString());
            String authority = uri.getRawAuthority();
            if (encoded.getHost() != null || authority == null || authority.chars().allMatch(c -> c < 128)
                    || authority.contains("@")) {
                return encoded;
            }
            int colon = authority.lastIndexOf(':');
            String host = colon >= 0 ? authority.substring(0, colon) : authority;
            String port = colon >= 0 ? authority.substring(colon) : "";
            return new URI(encoded.getScheme() + "://" + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port
                    + (encoded.getRawPath() == null ? "" : encoded.getRawPath())
                    + (encoded.getRawQuery() == null ? "" : "?" + encoded.getRawQuery()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("That address has no valid host name");
        }
    }

    private List<InetAddress> resolve(String host, Deadline deadline) throws FetchException {
        try {
            InetAddress literal = literal(host);
            List<InetAddress> addresses = literal != null ? List.of(literal)
                    : TimedLookup.resolve(resolver, host, deadline);
            if (addresses == null || addresses.isEmpty()) {
                throw new UnknownHostException(host);
            }
            return addresses;
        } catch (SocketTimeoutException e) {
            throw new FetchException("The page took too long to answer", e);
        } catch (UnknownHostException | RuntimeException e) {
            throw new FetchException("Could not find the server " + host);
        }
    }

    /** An IP address written out, parsed without any lookup; null for a host name. */
    static InetAddress literal(String host) throws UnknownHostException {
        if (host.indexOf(':') >= 0) {
            return InetAddress.getByName(host); // IPv6 literals never go to DNS
        }
        if (!host.matches("[0-9.]+")) {
            return null;
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            throw new UnknownHostException(host);
        }
        byte[] bytes = new byte[4];
        for (int k = 0; k < 4; k++) {
            if (parts[k].isEmpty() || parts[k].length() > 3 || Integer.parseInt(parts[k]) > 255) {
                throw new UnknownHostException(host);
            }
            bytes[k] = (byte) Integer.parseInt(parts[k]);
        }
        return InetAddress.getByAddress(bytes);
    }
}
