package dev.interlinear.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestLimitsTest {

    private static Headers header(String name, int valueChars) {
        Headers h = new Headers();
        h.add(name, "x".repeat(valueChars));
        return h;
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "CONNECT", "BREW"})
    void givenAMethodOtherThanGetOrHead_whenChecked_then405AllowingGetAndHead(String method) {
        RequestLimits.Rejection r =
                RequestLimits.check(method, "/articles/a/de", 20, new Headers()).orElseThrow();

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.headers()).containsEntry("Allow", "GET, HEAD");
    }

    @Test
    void givenHeadOnTheApi_whenChecked_then405AllowingGetOnly() {
        RequestLimits.Rejection r =
                RequestLimits.check("HEAD", "/api/ask", 20, new Headers()).orElseThrow();

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.headers()).containsEntry("Allow", "GET");
        assertThat(RequestLimits.check("HEAD", "/health", 20, new Headers())).isEmpty();
    }

    @Test
    void givenATargetAtAndOverTheCap_whenChecked_thenOnlyTheLongerGets414() {
        assertThat(RequestLimits.check("GET", "/api/ask", RequestLimits.MAX_TARGET_CHARS, new Headers()))
                .isEmpty();

        RequestLimits.Rejection r = RequestLimits.check(
                        "GET", "/api/ask", RequestLimits.MAX_TARGET_CHARS + 1, new Headers())
                .orElseThrow();
        assertThat(r.status()).isEqualTo(414);
        assertThat(r.message())
                .contains(Integer.toString(RequestLimits.MAX_TARGET_CHARS + 1))
                .contains(Integer.toString(RequestLimits.MAX_TARGET_CHARS));
    }

    @Test
    void givenHeadersAtAndOverTheCap_whenChecked_thenOnlyTheLargerGet431() {
        // "X-Pad: " + value + CRLF
        int atCap = RequestLimits.MAX_HEADER_CHARS - "X-pad".length() - 4;
        assertThat(RequestLimits.check("GET", "/", 1, header("X-Pad", atCap))).isEmpty();

        RequestLimits.Rejection r =
                RequestLimits.check("GET", "/", 1, header("X-Pad", atCap + 1)).orElseThrow();
        assertThat(r.status()).isEqualTo(431);
    }

    @Test
    void givenManySmallHeaders_whenTheirSumIsOverTheCap_then431() {
        Headers h = new Headers();
        for (int i = 0; i < 100; i++) {
            h.add("X-Field-" + i, "y".repeat(200));
        }

        assertThat(RequestLimits.check("GET", "/", 1, h))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(431));
    }

    @Test
    void givenPropertiesGivenWithMinusD_whenTheJdkLimitsAreApplied_thenTheyAreKeptAndTheRestAdded() {
        Properties p = new Properties();
        p.setProperty("sun.net.httpserver.maxReqTime", "30");

        RequestLimits.applyJdkServerLimits(p);

        assertThat(p.getProperty("sun.net.httpserver.maxReqTime")).isEqualTo("30");
        assertThat(p.getProperty("sun.net.httpserver.maxReqHeaders")).isEqualTo("100");
        assertThat(Integer.parseInt(p.getProperty("sun.net.httpserver.maxReqHeaderSize")))
                .isGreaterThan(RequestLimits.MAX_TARGET_CHARS + RequestLimits.MAX_HEADER_CHARS);
    }
}
