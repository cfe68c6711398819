package dev.interlinear.discord;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code interlinear bot} as a child process, as an operator runs it: its own JVM, the token in
 * {@code DISCORD_TOKEN} only, settings from a file, standard output and error kept in files. Every logger logs at
 * TRACE, so a test sees everything the process could ever print.
 */
final class BotProcess implements AutoCloseable {

    private static final String LOGGING = """
            <configuration>
              <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
                <target>System.err</target>
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger %mdc - %msg%n%ex</pattern></encoder>
              </appender>
              <root level="TRACE"><appender-ref ref="STDERR"/></root>
            </configuration>
            """;

    private final Process process;
    private final Path out;
    private final Path err;

    private BotProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * How a run differs from the usual one: more arguments after {@code bot --config FILE}, more environment
     * variables, and whether it logs through the application's own {@code logback.xml} (with its token mask) with
     * every logger at TRACE, instead of the unmasked TRACE log above.
     */
    record Options(List<String> arguments, Map<String, String> environment, boolean applicationLogging) {
        static final Options USUAL = new Options(List.of(), Map.of(), false);
    }

    /**
     * Starts {@code interlinear bot --config <dir>/interlinear.yaml} with these settings (YAML lines) and
     * {@code DISCORD_TOKEN=token}; logs and output go to files in {@code dir}.
     */
    static BotProcess start(Path dir, String token, List<String> settings) throws IOException {
        return start(dir, token, settings, Options.USUAL);
    }

    /** {@link #start(Path, String, List)} with these {@code options}. */
    static BotProcess start(Path dir, String token, List<String> settings, Options options) throws IOException {
        Files.createDirectories(dir);
        Path config = Files.writeString(dir.resolve("interlinear.yaml"), String.join("\n", settings) + "\n");
        Path logging = Files.writeString(
                dir.resolve("logback-trace.xml"), options.applicationLogging() ? applicationLoggingAtTrace() : LOGGING);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived JVM: quick start matters more than peak speed
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx512m",
                "--enable-native-access=ALL-UNNAMED",
                "-Dlogback.configurationFile=" + logging.toAbsolutePath(),
                "-cp",
                mainClassPath(),
                "dev.interlinear.cli.Main",
                "bot",
                "--config",
                config.toAbsolutePath().toString()));
        command.addAll(options.arguments());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        // Only what the test gives: no token or setting of the machine running the tests leaks in.
        env.keySet().removeIf(name -> name.startsWith("DISCORD_") || name.startsWith("INTERLINEAR_"));
        env.put("DISCORD_TOKEN", token);
        env.putAll(options.environment());
        if (options.applicationLogging()) {
            env.put("INTERLINEAR_LOG_LEVEL", "TRACE");
        }
        return new BotProcess(builder.start(), out, err);
    }

    /** The application's {@code logback.xml} as shipped, but with every logger at TRACE. */
    private static String applicationLoggingAtTrace() throws IOException {
        String shipped;
        try (var in = BotProcess.class.getResourceAsStream("/logback.xml")) {
            if (in == null) {
                throw new IOException("no logback.xml on the class path");
            }
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String atTrace = shipped.replace("<root level=\"WARN\">", "<root level=\"TRACE\">");
        if (atTrace.equals(shipped)) {
            throw new IllegalStateException("logback.xml has no <root level=\"WARN\"> to turn to TRACE:\n" + shipped);
        }
        return atTrace;
    }

    /** The classes and libraries of the application, without the test classes (and their logging setup). */
    private static String mainClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM ({@link Process#destroy()} does on Linux and macOS), as {@code docker stop} or systemd do. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the exit and returns its status; fails when the process is still running after the timeout. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the bot process did not exit within " + timeout + "; its log:\n" + tail(err()));
        }
        return process.exitValue();
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
