package dev.interlinear.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import dev.interlinear.discord.ask.FailureText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class TokenMaskingTest {

    private static final String TOKEN = TestTokens.discordShaped();
    /** The HMAC part, the secret one. */
    private static final String SECRET_PART = TOKEN.substring(TOKEN.lastIndexOf('.') + 1);

    @Test
    void givenAToken_whenTextContainsItOrItsSecretPart_thenBothAreMasked() {
        TokenMask mask = TokenMask.of(" " + TOKEN + "\n");

        String masked = mask.apply("Authorization: Bot " + TOKEN + " or just " + SECRET_PART);

        assertThat(masked).isEqualTo("Authorization: Bot [DISCORD_TOKEN] or just [DISCORD_TOKEN]");
    }

    @Test
    void givenNoToken_whenMasking_thenTextIsUnchanged() {
        assertThat(TokenMask.of(null).apply("nothing secret here")).isEqualTo("nothing secret here");
        assertThat(TokenMask.of("   ").secrets()).isEmpty();
    }

    @Test
    void givenATokenWithoutDots_whenMasking_thenTheWholeTokenIsTheSecret() {
        assertThat(TokenMask.of("plain-token-without-parts-0123456789").secrets())
                .containsExactly("plain-token-without-parts-0123456789");
    }

    @Test
    void givenATokenInAMessageACauseAndASuppressedOne_whenTheStackTraceIsPrinted_thenEachIsMaskedAndTheTraceKept() {
        IllegalStateException failure = new IllegalStateException(
                "first line\n{\"message\": \"Bot " + TOKEN + "\"}", new RuntimeException("cause: " + SECRET_PART));
        failure.addSuppressed(new IllegalArgumentException("suppressed: " + TOKEN));

        String trace = TokenMask.of(TOKEN).stackTrace(failure);

        assertThat(trace)
                .doesNotContain(TOKEN)
                .doesNotContain(SECRET_PART)
                .contains(
                        "Bot [DISCORD_TOKEN]",
                        "Caused by: java.lang.RuntimeException: cause: [DISCORD_TOKEN]",
                        "Suppressed: java.lang.IllegalArgumentException: suppressed: [DISCORD_TOKEN]")
                .contains("at dev.interlinear.discord.TokenMaskingTest");
    }

    @Test
    void givenAFailureQuotingTheToken_whenTheUserIsToldOfIt_thenTheReplyIsTheFixedTextWithoutTheFailure() {
        BotText text = new BotText();
        IllegalStateException failure = new IllegalStateException(
                "Discord answered 400: authorization: Bot " + TOKEN, new RuntimeException(SECRET_PART));

        String reply = new FailureText(text).describe(new CompletionException(failure), "de", "a test");

        assertThat(reply)
                .isEqualTo(text.get("de", "error"))
                .doesNotContain(TOKEN)
                .doesNotContain(SECRET_PART)
                .doesNotContain("400");
    }

    @Test
    void givenTheApplicationsLogbackXml_whenLoaded_thenItConfiguresCleanlyAndPrintsMessageAndStackTraceOnce()
            throws Exception {
        URL production = TokenMasking.class.getResource("/logback.xml");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // a context of its own, beside the tests' one
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(production);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Logger log = context.getLogger("dev.interlinear.test");
            log.warn("a warning", new IllegalStateException("the cause"));
        } finally {
            System.setErr(stderr);
            context.stop();
        }

        assertThat(context.getStatusManager().getCopyOfStatusList())
                .as(statusOf(context))
                .allSatisfy(s -> assertThat(s.getLevel()).isLessThan(Status.WARN));
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("WARN  d.interlinear.test - a warning");
        assertThat(text.split("IllegalStateException: the cause", -1))
                .as("stack trace printed once")
                .hasSize(2);
    }

    private static String statusOf(LoggerContext context) {
        StringBuilder out = new StringBuilder();
        context.getStatusManager()
                .getCopyOfStatusList()
                .forEach(s -> out.append(s).append('\n'));
        return out.toString();
    }
}
