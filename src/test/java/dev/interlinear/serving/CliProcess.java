package dev.interlinear.serving;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An {@code interlinear} command as a child process, as an operator runs it: its own JVM started from the
 * application's class path (not the tests'), settings from a file given with {@code --config}, an environment
 * without {@code INTERLINEAR_*} or {@code DISCORD_*}, standard output and error kept in files. Optionally run as
 * another user ({@code setpriv}), for the tests of permissions that root would ignore.
 */
final class CliProcess implements AutoCloseable {

    /** The user "nobody": what a test running as root switches to, so that permissions apply. */
    static final int NOBODY = 65534;

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final String name;
    private final Process process;
    private final Path out;
    private final Path err;

    private CliProcess(String name, Process process, Path out, Path err) {
        this.name = name;
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** How to start a command. */
    static final class Launch {
        private final Path config;
        private final List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
        private Optional<String> classPath = Optional.empty();
        private boolean asNobody;

        private Launch(Path config) {
            this.config = config;
        }

        /** Replaces the JVM options (heap) given before the class path. */
        Launch jvm(String... options) {
            jvm.clear();
            jvm.addAll(List.of(options));
            return this;
        }

        /** Runs the command as user and group 65534 with no supplementary groups (the test must run as root). */
        Launch asNobody(Path readableClassPathDir) {
            asNobody = true;
            classPath = Optional.of(readableClassPath(readableClassPathDir));
            return this;
        }

        /** Starts {@code interlinear <args> --config <file>}; output and error go to files in {@code logs}. */
        CliProcess start(Path logs, String name, String... args) throws IOException {
            Files.createDirectories(logs);
            String run = RUNS.incrementAndGet() + "-" + name;
            Path out = logs.resolve(run + ".out");
            Path err = logs.resolve(run + ".err");
            List<String> command = new ArrayList<>();
            if (asNobody) {
                command.addAll(List.of(SETPRIV.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // a short-lived JVM: quick start matters more than peak speed
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData"));
            command.addAll(jvm);
            command.addAll(List.of(
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp",
                    classPath.orElseGet(CliProcess::mainClassPath),
                    "dev.interlinear.cli.Main"));
            command.addAll(List.of(args));
            command.addAll(List.of("--config", config.toAbsolutePath().toString()));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            // Only what the test gives: no setting of the machine running the tests leaks in.
            env.keySet()
                    .removeIf(key -> key.startsWith("DISCORD_")
                            || key.startsWith("INTERLINEAR_")
                            || key.equals("JAVA_TOOL_OPTIONS")
                            || key.equals("JDK_JAVA_OPTIONS"));
            return new CliProcess(run, builder.start(), out, err);
        }

        /** Runs the command to its end (at most {@code timeout}). */
        Result run(Path logs, Duration timeout, String... args) throws IOException, InterruptedException {
            try (CliProcess p = start(logs, args[0], args)) {
                int status = p.awaitExit(timeout);
                return new Result(status, p.out(), p.err());
            }
        }
    }

    /** A finished command. */
    record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout:\n" + tail(out) + "\n--- stderr:\n" + tail(err);
        }
    }

    /** Writes the settings file and returns how to start commands with it. */
    static Launch with(Path config, String corpus, String dataDir, int port) throws IOException {
        Files.writeString(config, """
                corpus: "%s"
                data-dir: "%s"
                web: {port: %d, ask-per-minute: 0}
                """.formatted(corpus, dataDir, port));
        return new Launch(config);
    }

    /** A port nobody listens on now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Whether this JVM runs as root, for which file permissions do not apply. */
    static boolean runningAsRoot() {
        try {
            Process id =
                    new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return id.waitFor() == 0 && uid.equals("0");
        } catch (IOException e) {
            return "root".equals(System.getProperty("user.name"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static boolean canSwitchUser() {
        return Files.isExecutable(SETPRIV);
    }

    /** The classes and libraries of the application, without the test classes (and their logging setup). */
    static String mainClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * The application's class path as another user can read it: {@code ~/.m2} of root is private, so every entry
     * is linked (or copied) into {@code dir}, which is made world-readable.
     */
    private static String readableClassPath(Path dir) {
        try {
            Files.createDirectories(dir);
            List<String> entries = new ArrayList<>();
            int i = 0;
            for (String entry : mainClassPath().split(File.pathSeparator)) {
                Path source = Path.of(entry);
                if (!Files.exists(source)) {
                    continue;
                }
                Path target = dir.resolve((i++) + "-" + source.getFileName());
                if (Files.isDirectory(source)) {
                    copyTree(source, target);
                } else {
                    try {
                        Files.createLink(target, source);
                    } catch (FileAlreadyExistsException e) {
                        // made by an earlier test of the class
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                entries.add(target.toString());
            }
            openToAll(dir);
            return String.join(File.pathSeparator, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Makes a tree readable by everybody (folders listable), without giving write access. */
    static void openToAll(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setPosixFilePermissions(
                            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    /** Makes a tree writable by everybody (for a data directory the other user builds in). */
    static void openToAllForWriting(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setPosixFilePermissions(
                            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-rw-rw-"));
                }
            }
        }
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the process at once, as {@code kill -9} does: no shutdown hook, no cleanup. */
    void kill() throws InterruptedException {
        // With setpriv the JVM is the same process (setpriv execs it), so its pid is the one killed.
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not end after SIGKILL");
        }
    }

    /** Sends SIGTERM, as {@code docker stop} or systemd do, and waits for the exit. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Waits for the exit and returns its status; fails when the process is still running after the timeout. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not exit within " + timeout + "; its output:\n" + tail(out())
                    + "\nits log:\n" + tail(err()));
        }
        return process.exitValue();
    }

    /** Waits until {@code /health} on the port answers at all (any status); fails when the process ended. */
    void awaitListening(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError(name + " ended with status " + process.exitValue() + " before listening;"
                            + " its log:\n" + tail(err()));
                }
                try {
                    http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    return;
                } catch (IOException e) {
                    Thread.sleep(100);
                }
            }
        }
        throw new AssertionError(
                name + " did not listen on port " + port + " within " + timeout + "; its log:\n" + tail(err()));
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

    /** One GET, with its status and body. */
    static HttpResponse<String> get(HttpClient http, int port, String pathAndQuery)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
