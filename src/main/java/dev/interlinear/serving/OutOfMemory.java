package dev.interlinear.serving;

import java.io.PrintStream;

/**
 * Ends the process when memory ran out outside a build. A process that caught an {@link OutOfMemoryError}
 * somewhere in a server thread is half alive (a dead reader thread, answers failing at random) while
 * {@code /health} may still look fine; exiting with one clear line lets a supervisor (systemd, Kubernetes,
 * {@code docker run --restart}) start it again. A rebuild of the index that runs out of memory is not
 * fatal: its garbage is dropped and the previous index stays served (see the index's live updates).
 */
public final class OutOfMemory {

    /** The exit status after running out of memory (1 is a runtime failure, 2 bad arguments). */
    public static final int EXIT_STATUS = 3;

    private OutOfMemory() {}

    /** Prints one line naming where memory ran out and halts the JVM (no shutdown hooks: they need memory too). */
    public static void exit(String where, OutOfMemoryError e) {
        halt(System.err, where, e);
    }

    static void halt(PrintStream err, String where, OutOfMemoryError e) {
        err.println(line(where, e));
        err.flush();
        Runtime.getRuntime().halt(EXIT_STATUS);
    }

    /** The line printed before exiting. */
    public static String line(String where, OutOfMemoryError e) {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "interlinear: out of memory in " + where + " (" + (e.getMessage() == null ? "no detail" : e.getMessage())
                + ", heap limit " + maxMb + " MB); stopping so that a supervisor can restart the process."
                + " Give it more memory with -Xmx or JAVA_TOOL_OPTIONS.";
    }
}
