package dev.interlinear.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a server command alive until Ctrl-C (SIGINT) or SIGTERM, then closes its parts in the order given and
 * returns, so that the command exits with status 0: a stop that was asked for is not a failure.
 *
 * <p>Why signals and not only a shutdown hook: a JVM that a signal stops runs its hooks and then exits with
 * 128 + the signal's number (143 for SIGTERM), whatever the hooks do, so {@code docker stop} or systemd would see
 * a failure. The signals are taken over instead ({@link StopSignals}). A second signal during the stop ends the
 * process at once, with 128 + its number. The shutdown hook stays for the other ways a JVM ends (SIGHUP, {@code System.exit}) and for a
 * JVM where the signals cannot be taken over ({@code -Xrs}).
 */
final class Running {

    private static final Logger LOG = LoggerFactory.getLogger(Running.class);
    private static final List<String> STOP_SIGNALS = List.of("TERM", "INT");

    private Running() {
    }

    static void untilStopped(AutoCloseable... parts) throws InterruptedException {
        Parts running = new Parts(List.of(parts));
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "shutdown"));
        CountDownLatch stopAsked = new CountDownLatch(1);
        for (String name : STOP_SIGNALS) {
            boolean taken = StopSignals.handle(name, (signal, number) -> {
                if (stopAsked.getCount() == 0) {
                    LOG.warn("SIG{} again: stopping now, without waiting for the rest", signal);
                    Runtime.getRuntime().halt(128 + number);
                }
                LOG.info("SIG{}: stopping after the answers in flight", signal);
                stopAsked.countDown();
            });
            if (!taken) {
                LOG.debug("SIG{} stays the JVM's: the shutdown hook closes everything", name);
            }
        }
        stopAsked.await();
        running.close();
    }

    /** The parts of a running command, closed once, in order, by whoever comes first (a signal or the hook). */
    private static final class Parts {
        private final List<AutoCloseable> parts;
        private boolean closed;

        Parts(List<AutoCloseable> parts) {
            this.parts = parts;
        }

        synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            LOG.info("shutting down");
            for (AutoCloseable part : parts) {
                try {
                    part.close();
                } catch (Exception e) {
                    LOG.warn("while shutting down {}", part.getClass().getSimpleName(), e);
                }
            }
            LOG.info("stopped");
        }
    }
}
