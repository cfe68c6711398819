package dev.interlinear.discord;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** Tokens for tests, made at run time: no token-shaped string is ever committed. */
final class TestTokens {

    private TestTokens() {}

    /** A random token shaped like Discord's: base64 of a user id, base64 of a time, an HMAC, dot-separated. */
    static String discordShaped() {
        SecureRandom random = new SecureRandom();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String userId = Long.toString(
                1_000_000_000_000_000_000L + Math.floorMod(random.nextLong(), 1_000_000_000_000_000_000L));
        byte[] time = new byte[4];
        byte[] hmac = new byte[28];
        random.nextBytes(time);
        random.nextBytes(hmac);
        return base64.encodeToString(userId.getBytes(StandardCharsets.US_ASCII)) + "." + base64.encodeToString(time)
                + "." + base64.encodeToString(hmac);
    }
}
