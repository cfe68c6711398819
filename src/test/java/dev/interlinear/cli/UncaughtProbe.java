package dev.interlinear.cli;

/**
 * A process for {@link MainTest}: installs {@link Main}'s handler of uncaught exceptions, as {@code main} does,
 * then lets a thread named {@code probe-worker} run out of memory ({@code out-of-memory}) or fail with the token of
 * {@code DISCORD_TOKEN} in its message ({@code failure}); prints "main ended" if the process goes on.
 */
final class UncaughtProbe {

    private UncaughtProbe() {}

    public static void main(String[] args) throws InterruptedException {
        Main.installUncaughtExceptionHandler();
        Runnable work = switch (args[0]) {
            case "out-of-memory" ->
                () -> {
                    long[] all = new long[Integer.MAX_VALUE];
                    System.out.println(all.length);
                };
            case "failure" ->
                () -> {
                    throw new IllegalStateException("Discord answered 400: Bot " + System.getenv("DISCORD_TOKEN"));
                };
            default -> throw new IllegalArgumentException(args[0]);
        };
        Thread worker = new Thread(work, "probe-worker");
        worker.start();
        worker.join();
        System.out.println("main ended");
    }
}
