package dev.interlinear.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.discord.TokenMask;
import dev.interlinear.serving.OutOfMemory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What {@link Main} prints of a failure: the token masked in messages and {@code --verbose} traces, one line and
 * exit status 3 when memory runs out (in a command or in any thread). The failing commands are subcommands added
 * here to the real command line; memory really runs out (an array over the VM's limit), it is not thrown by hand.
 */
@Timeout(60)
class MainTest {

    private static final String TOKEN = token();
    private static final String SECRET_PART = TOKEN.substring(TOKEN.lastIndexOf('.') + 1);

    /** Fails like JDA does when Discord answers 400: the server's body (here, the request's headers) in messages. */
    @Command(name = "echoed")
    static final class FailsWithTheTokenInMessages implements Callable<Integer> {
        @Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            IllegalStateException failure = new IllegalStateException(
                    "Discord answered 400: authorization: Bot " + TOKEN + "\n{\"message\": \"" + TOKEN + "\"}",
                    new RuntimeException("cause: " + SECRET_PART));
            failure.addSuppressed(new IllegalArgumentException("suppressed: Bot " + TOKEN));
            throw failure;
        }
    }

    /** Runs out of memory: asks for an array larger than any heap may hold. */
    @Command(name = "hungry")
    static final class RunsOutOfMemory implements Callable<Integer> {
        @Option(names = "--verbose")
        boolean verbose;

        OutOfMemoryError error;

        @Override
        public Integer call() {
            try {
                long[] all = new long[Integer.MAX_VALUE];
                return all.length;
            } catch (OutOfMemoryError e) {
                error = e; // kept to work out the expected line, then on its way
                throw e;
            }
        }
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(Object command, String... args) {
        CommandLine cli = Main.commandLine(TokenMask.of(TOKEN));
        cli.addSubcommand(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit;
        try {
            exit = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // JUnit would end the whole test JVM on it: a failure of this test instead.
            throw new AssertionError("out of memory escaped the command line: " + e, e);
        }
        return new Run(exit, out.toString(), err.toString());
    }

    // ---------------------------------------------------------------- the token

    @Test
    void givenAFailureQuotingTheToken_whenVerbose_thenTheWholeTraceIsPrintedWithTheTokenMasked() {
        Run r = run(new FailsWithTheTokenInMessages(), "echoed", "--verbose");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .doesNotContain(TOKEN)
                .doesNotContain(SECRET_PART)
                .contains("java.lang.IllegalStateException: Discord answered 400: authorization: Bot [DISCORD_TOKEN]")
                .contains("{\"message\": \"[DISCORD_TOKEN]\"}")
                .contains("Caused by: java.lang.RuntimeException: cause: [DISCORD_TOKEN]")
                .contains("Suppressed: java.lang.IllegalArgumentException: suppressed: Bot [DISCORD_TOKEN]")
                .contains("at dev.interlinear.cli.MainTest$FailsWithTheTokenInMessages.call");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void givenAFailureQuotingTheToken_whenNotVerbose_thenOneLineWithTheTokenMasked() {
        Run r = run(new FailsWithTheTokenInMessages(), "echoed");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines())
                .containsExactly("interlinear: Discord answered 400: authorization: Bot [DISCORD_TOKEN]");
    }

    // ---------------------------------------------------------------- out of memory

    @Test
    void givenACommandRunningOutOfMemory_whenRun_thenOneLineNamingTheCommandAndExitStatusThree() {
        RunsOutOfMemory hungry = new RunsOutOfMemory();

        Run r = run(hungry, "hungry");

        assertThat(r.exit()).isEqualTo(OutOfMemory.EXIT_STATUS).isEqualTo(3);
        assertThat(hungry.error).as("memory ran out").isNotNull();
        assertThat(r.err().lines()).containsExactly(OutOfMemory.line("hungry", hungry.error));
        assertThat(r.err()).startsWith("interlinear: out of memory in hungry (Requested array size exceeds VM limit");
    }

    @Test
    void givenACommandRunningOutOfMemory_whenVerbose_thenStillOneLineWithoutATrace() {
        RunsOutOfMemory hungry = new RunsOutOfMemory();

        Run r = run(hungry, "hungry", "--verbose");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err().lines()).containsExactly(OutOfMemory.line("hungry", hungry.error));
    }

    // ---------------------------------------------------------------- any thread (a JVM of its own: it ends)

    @Test
    void givenAThreadRunningOutOfMemory_whenTheHandlerOfMainIsInstalled_thenTheProcessEndsWithOneLineAndStatusThree()
            throws Exception {
        Finished f = probe("out-of-memory");

        assertThat(f.status()).as(f.err()).isEqualTo(3);
        assertThat(f.err().lines().filter(line -> line.startsWith("interlinear:")))
                .singleElement()
                .asString()
                .startsWith("interlinear: out of memory in thread probe-worker (Requested array size exceeds VM limit,"
                        + " heap limit ")
                .endsWith("stopping so that a supervisor can restart the process. Give it more memory with -Xmx or"
                        + " JAVA_TOOL_OPTIONS.");
        assertThat(f.err()).doesNotContain("Exception in thread").doesNotContain("\tat ");
        assertThat(f.out()).as("main did not go on").doesNotContain("main ended");
    }

    @Test
    void givenAThreadFailingWithTheTokenInItsMessage_whenTheHandlerOfMainIsInstalled_thenItIsLoggedOnceMasked()
            throws Exception {
        Finished f = probe("failure");

        assertThat(f.status()).as(f.err()).isZero();
        assertThat(f.out()).contains("main ended");
        assertThat(f.err())
                .doesNotContain(TOKEN)
                .doesNotContain(SECRET_PART)
                .doesNotContain("Exception in thread"); // the JVM's own, unmasked printing
        assertThat(f.err().split("thread probe-worker stopped on an uncaught exception", -1))
                .as("logged once")
                .hasSize(2);
        assertThat(f.err()).contains("java.lang.IllegalStateException: Discord answered 400: Bot [DISCORD_TOKEN]");
    }

    private record Finished(int status, String out, String err) {}

    /** Runs {@link UncaughtProbe} in a JVM of its own, with the token in {@code DISCORD_TOKEN}. */
    private static Finished probe(String what) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx64m",
                "-cp",
                classPath,
                UncaughtProbe.class.getName(),
                what));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("DISCORD_") || name.startsWith("INTERLINEAR_"));
        builder.environment().put("DISCORD_TOKEN", TOKEN);
        Process process = builder.start();
        process.getOutputStream().close();
        // The outputs are small: read them after the exit.
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the probe did not end within 30 s");
        }
        return new Finished(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** A token shaped like Discord's (base64 user id, base64 time, HMAC), made at run time. */
    private static String token() {
        SecureRandom random = new SecureRandom();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        byte[] time = new byte[4];
        byte[] hmac = new byte[28];
        random.nextBytes(time);
        random.nextBytes(hmac);
        return base64.encodeToString("1234567890123456789".getBytes(StandardCharsets.US_ASCII)) + "."
                + base64.encodeToString(time) + "." + base64.encodeToString(hmac);
    }
}
