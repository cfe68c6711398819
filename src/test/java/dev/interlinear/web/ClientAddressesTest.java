package dev.interlinear.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressesTest {

    private static InetSocketAddress peer(String literal) throws Exception {
        return new InetSocketAddress(InetAddress.getByName(literal), 40000);
    }

    private static Headers forwardedFor(String... values) {
        Headers h = new Headers();
        for (String v : values) {
            h.add("X-Forwarded-For", v);
        }
        return h;
    }

    @Test
    void givenNoProxyTrusted_whenTheClientSendsXForwardedFor_thenThePeerAddressCounts() throws Exception {
        ClientAddresses addresses = new ClientAddresses(false);

        assertThat(addresses.key(peer("203.0.113.7"), forwardedFor("198.51.100.1")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void givenATrustedProxy_whenItAppendsTheClient_thenTheLastForwardedAddressCounts() throws Exception {
        ClientAddresses addresses = new ClientAddresses(true);

        // the client wrote "1.1.1.1" itself; the proxy appended the address it saw
        assertThat(addresses.key(peer("10.0.0.2"), forwardedFor("1.1.1.1, 198.51.100.9")))
                .isEqualTo("198.51.100.9");
        assertThat(addresses.key(peer("10.0.0.2"), forwardedFor("1.1.1.1", "198.51.100.10")))
                .isEqualTo("198.51.100.10");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "unknown",
                "example.org",
                "999.1.1.1",
                "1.2.3",
                "beef",
                "1:2:3",
                "fe80::1%eth0",
                "1.2.3.4:80",
                "[2001:db8::1]"
            })
    void givenATrustedProxyAndAForwardedValueThatIsNoAddress_whenKeyed_thenThePeerCounts(String value)
            throws Exception {
        ClientAddresses addresses = new ClientAddresses(true);

        assertThat(addresses.key(peer("10.0.0.2"), forwardedFor(value))).isEqualTo("10.0.0.2");
    }

    @Test
    void givenATrustedProxyAndNoHeader_whenKeyed_thenThePeerCounts() throws Exception {
        assertThat(new ClientAddresses(true).key(peer("10.0.0.2"), new Headers()))
                .isEqualTo("10.0.0.2");
    }

    @Test
    void givenTwoIpv6AddressesOfOneSlash64_whenKeyed_thenTheyCountAsOneClient() throws Exception {
        ClientAddresses addresses = new ClientAddresses(false);

        String a = addresses.key(peer("2001:db8:1:2::1"), new Headers());
        String b = addresses.key(peer("2001:db8:1:2:ffff:ffff:ffff:ffff"), new Headers());
        String other = addresses.key(peer("2001:db8:1:3::1"), new Headers());

        assertThat(a).isEqualTo(b).isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(other).isNotEqualTo(a);
    }

    @Test
    void givenAnIpv4MappedIpv6Address_whenKeyed_thenItCountsAsTheIpv4Client() throws Exception {
        assertThat(new ClientAddresses(true).key(peer("10.0.0.2"), forwardedFor("::ffff:198.51.100.4")))
                .isEqualTo("198.51.100.4");
    }
}
