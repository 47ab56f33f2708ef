package org.claimboard.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal addresses only: parsing a literal never sends traffic anywhere. */
class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "127.0.0.1", "127.255.255.254", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255",
        "192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3",
        "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "198.18.0.1", "198.19.255.255",
        "192.0.2.10", "198.51.100.7", "203.0.113.99", "192.0.0.8", "192.88.99.1"})
    void refusesNonPublicIpv4(String literal) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.15.255.255", "172.32.0.1",
        "100.63.255.255", "100.128.0.1", "198.17.255.255", "198.20.0.1", "169.253.1.1", "223.255.255.255",
        "11.0.0.1", "192.169.0.1", "9.255.255.255"})
    void acceptsPublicIpv4(String literal) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::1", "::", "fc00::1", "fd12:3456:789a::1", "fe80::1", "febf::1", "fec0::1",
        "ff02::1", "ff0e::1", "2001:db8::1", "2001:db8:ffff::1", "3fff::1", "2001::1", "2001:2::1",
        "100::1", "64:ff9b:1::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
        "::127.0.0.1", "::8.8.8.8", "64:ff9b::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:0001::1",
        "2002:c0a8:0101::1", "2002:a9fe:a9fe::", "4000::1", "::ffff:0.0.0.0", "::ffff:255.255.255.255"})
    void refusesNonPublicIpv6AndEmbeddedPrivateIpv4(String literal) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2001:4860:4860::8888",
        "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:0808:0808::1", "3ffe::1", "2001:200::1"})
    void acceptsPublicIpv6(String literal) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    @Test
    void readsRawIpv6BytesThatEmbedIpv4() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;
        assertThat(AddressGuard.isPublic(InetAddress.getByAddress(mapped))).isFalse();
        mapped[12] = 8;
        mapped[13] = 8;
        mapped[14] = 8;
        mapped[15] = 8;
        assertThat(AddressGuard.isPublic(InetAddress.getByAddress(mapped))).isTrue();
    }

    @Test
    void refusesNothingToCheck() {
        assertThat(AddressGuard.isPublic(null)).isFalse();
        assertThat(AddressPolicy.publicOnly().allows(null)).isFalse();
    }
}
