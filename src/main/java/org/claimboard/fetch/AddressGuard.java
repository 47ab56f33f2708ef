package org.claimboard.fetch;

import java.net.InetAddress;

/**
 * Tells public internet addresses from the ones a server-side fetch must never reach: loopback, private,
 * link-local, carrier-grade NAT, multicast, documentation, benchmarking and reserved ranges, in IPv4 and IPv6,
 * including IPv6 forms that embed an IPv4 address (mapped, compatible, 6to4, NAT64).
 * IPv6 is checked against an allow list: only global unicast (2000::/3) outside its special blocks is public.
 */
public final class AddressGuard {

    /** IPv4 blocks that are not public: network address bytes and prefix length. */
    private static final int[][] IPV4_BLOCKS = {
        {0, 0, 0, 0, 8},        // "this network", includes 0.0.0.0
        {10, 0, 0, 0, 8},       // private
        {100, 64, 0, 0, 10},    // carrier-grade NAT
        {127, 0, 0, 0, 8},      // loopback
        {169, 254, 0, 0, 16},   // link-local, cloud metadata services
        {172, 16, 0, 0, 12},    // private
        {192, 0, 0, 0, 24},     // IETF protocol assignments
        {192, 0, 2, 0, 24},     // documentation TEST-NET-1
        {192, 88, 99, 0, 24},   // 6to4 relay anycast (deprecated)
        {192, 168, 0, 0, 16},   // private
        {198, 18, 0, 0, 15},    // benchmarking
        {198, 51, 100, 0, 24},  // documentation TEST-NET-2
        {203, 0, 113, 0, 24},   // documentation TEST-NET-3
        {224, 0, 0, 0, 4},      // multicast
        {240, 0, 0, 0, 4},      // reserved, includes broadcast 255.255.255.255
    };

    /** Blocks inside 2000::/3 that are not public, as the first bytes and prefix length. */
    private static final int[][] IPV6_BLOCKS = {
        {0x20, 0x01, 0x00, 0x00, 23},   // IETF protocol assignments: Teredo, benchmarking, ORCHID
        {0x20, 0x01, 0x0d, 0xb8, 32},   // documentation
        {0x3f, 0xff, 0x00, 0x00, 20},   // documentation (RFC 9637)
    };

    private AddressGuard() {
    }

    public static boolean isPublic(InetAddress address) {
        if (address == null) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return isPublicV4(bytes, 0);
        }
        return bytes.length == 16 && isPublicV6(bytes);
    }

    private static boolean isPublicV4(byte[] bytes, int from) {
        for (int[] block : IPV4_BLOCKS) {
            if (inBlock(bytes, from, block)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPublicV6(byte[] bytes) {
        if (startsWithZeros(bytes, 10) && unsigned(bytes[10]) == 0xff && unsigned(bytes[11]) == 0xff) {
            return isPublicV4(bytes, 12); // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (isNat64WellKnown(bytes)) {
            return isPublicV4(bytes, 12); // 64:ff9b::a.b.c.d
        }
        if ((unsigned(bytes[0]) & 0xe0) != 0x20) {
            // outside global unicast: ::, ::1, IPv4-compatible ::a.b.c.d, 64:ff9b:1::/48, fc00::/7, fe80::/10,
            // fec0::/10, ff00::/8 and everything unassigned
            return false;
        }
        for (int[] block : IPV6_BLOCKS) {
            if (inBlock(bytes, 0, block)) {
                return false;
            }
        }
        if (unsigned(bytes[0]) == 0x20 && unsigned(bytes[1]) == 0x02) {
            return isPublicV4(bytes, 2); // 6to4: 2002:a.b.c.d::/48
        }
        return true;
    }

    private static boolean isNat64WellKnown(byte[] bytes) {
        if (unsigned(bytes[0]) != 0x00 || unsigned(bytes[1]) != 0x64
                || unsigned(bytes[2]) != 0xff || unsigned(bytes[3]) != 0x9b) {
            return false;
        }
        for (int k = 4; k < 12; k++) {
            if (bytes[k] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithZeros(byte[] bytes, int count) {
        for (int k = 0; k < count; k++) {
            if (bytes[k] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the address starting at {@code from} lies in a block given as leading bytes and prefix length. */
    private static boolean inBlock(byte[] bytes, int from, int[] block) {
        int prefix = block[block.length - 1];
        for (int bit = 0; bit < prefix; bit += 8) {
            int index = bit / 8;
            int bits = Math.min(8, prefix - bit);
            int mask = (0xff << (8 - bits)) & 0xff;
            if ((unsigned(bytes[from + index]) & mask) != (block[index] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static int unsigned(byte value) {
        return value & 0xff;
    }
}
