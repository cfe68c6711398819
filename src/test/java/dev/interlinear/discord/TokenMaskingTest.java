package dev.interlinear.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class TokenMaskingTest {

    private static final String TOKEN = TestTokens.discordShaped();
    /** The HMAC part, the secret one. */
    private static final String SECRET_PART = TOKEN.substring(TOKEN.lastIndexOf('.') + 1);

    @Test
    void givenAToken_whenTextContainsItOrItsSecretPart_thenBothAreMasked() {
        List<String> secrets = TokenMasking.secretsOf(" " + TOKEN + "\n");

        String masked = TokenMasking.mask("Authorization: Bot " + TOKEN + " or just " + SECRET_PART,
                secrets);

        assertThat(masked).isEqualTo("Authorization: Bot [DISCORD_TOKEN] or just [DISCORD_TOKEN]");
    }

    @Test
    void givenNoToken_whenMasking_thenTextIsUnchanged() {
        assertThat(TokenMasking.mask("nothing secret here", TokenMasking.secretsOf(null))).isEqualTo("nothing secret here");
        assertThat(TokenMasking.secretsOf("   ")).isEmpty();
    }

    @Test
    void givenATokenWithoutDots_whenMasking_thenTheWholeTokenIsTheSecret() {
        assertThat(TokenMasking.secretsOf("plain-token-without-parts-0123456789")).containsExactly(
                "plain-token-without-parts-0123456789");
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

        assertThat(context.getStatusManager().getCopyOfStatusList()).as(statusOf(context))
                .allSatisfy(s -> assertThat(s.getLevel()).isLessThan(Status.WARN));
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("WARN  d.interlinear.test - a warning");
        assertThat(text.split("IllegalStateException: the cause", -1)).as("stack trace printed once").hasSize(2);
    }

    private static String statusOf(LoggerContext context) {
        StringBuilder out = new StringBuilder();
        context.getStatusManager().getCopyOfStatusList().forEach(s -> out.append(s).append('\n'));
        return out.toString();
    }
}
