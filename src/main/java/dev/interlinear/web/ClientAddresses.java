package dev.interlinear.web;

import com.sun.net.httpserver.Headers;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a request counts as for the rate limit: the peer's IP address, or with {@code trustProxy} the last
 * address of {@code X-Forwarded-For} (the one the proxy in front appended; earlier ones are the client's own
 * word). An IPv6 client counts by its /64, the block one host or household usually gets, since a single host
 * can pick any address in it. Never looks a name up.
 */
final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final boolean trustProxy;

    ClientAddresses(boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    /** The rate-limit key of a request from {@code peer} with these headers. */
    String key(InetSocketAddress peer, Headers headers) {
        if (trustProxy) {
            Optional<InetAddress> forwarded = lastForwarded(headers.get("X-Forwarded-For"));
            if (forwarded.isPresent()) {
                return key(forwarded.get());
            }
        }
        InetAddress address = peer.getAddress();
        return address == null ? peer.getHostString() : key(address);
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            HexFormat hex = HexFormat.of();
            return hex.formatHex(bytes, 0, 2) + ":" + hex.formatHex(bytes, 2, 4) + ":" + hex.formatHex(bytes, 4, 6)
                    + ":" + hex.formatHex(bytes, 6, 8) + "::/64";
        }
        return address.getHostAddress();
    }

    private static Optional<InetAddress> lastForwarded(List<String> values) {
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        String header = values.get(values.size() - 1);
        String last = header.substring(header.lastIndexOf(',') + 1).strip();
        return literal(last);
    }

    /** The address written in {@code text} if it is an IPv4 or IPv6 literal. */
    static Optional<InetAddress> literal(String text) {
        try {
            Matcher v4 = IPV4.matcher(text);
            if (v4.matches()) {
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(v4.group(i + 1));
                    if (part > 255) {
                        return Optional.empty();
                    }
                    bytes[i] = (byte) part;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            if (IPV6.matcher(text).matches() && text.length() <= 45) {
                // In brackets the JDK takes it as an IPv6 literal or fails; it never asks DNS.
                return Optional.of(InetAddress.getByName("[" + text + "]"));
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
