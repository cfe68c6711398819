package dev.interlinear.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a server command alive until Ctrl-C (SIGINT) or SIGTERM, then closes its parts in the order given and
 * returns, so that the command exits with status 0: a stop that was asked for is not a failure.
 *
 * <p>Why signals and not only a shutdown hook: a JVM that a signal stops runs its hooks and then exits with
 * 128 + the signal's number (143 for SIGTERM), whatever the hooks do, so {@code docker stop} or systemd would see
 * a failure. The signals are taken over instead. A second signal during the stop ends the process at once, with
 * 128 + its number. The shutdown hook stays for the other ways a JVM ends (SIGHUP, {@code System.exit}) and for a
 * JVM where the signals cannot be taken over ({@code -Xrs}).
 */
final class StopSignal {

    private static final Logger LOG = LoggerFactory.getLogger(StopSignal.class);
    private static final List<String> STOP_SIGNALS = List.of("TERM", "INT");

    private StopSignal() {}

    static void awaitThenClose(AutoCloseable... parts) throws InterruptedException {
        Parts running = new Parts(List.of(parts));
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "shutdown"));
        CountDownLatch stopAsked = new CountDownLatch(1);
        for (String name : STOP_SIGNALS) {
            boolean taken = handle(name, (signal, number) -> {
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

    /**
     * Calls {@code handler} with the signal's name and number instead of the JVM's default handling (shutdown).
     * Returns false when the signal stays the JVM's: unknown here, reserved ({@code -Xrs}), or no such API.
     * Through {@code sun.misc.Signal} (module jdk.unsupported, the JDK's API for this until it has a standard
     * one), reached by reflection only because javac warns on every direct use of that module's classes, and no
     * annotation silences the warning.
     */
    private static boolean handle(String name, BiConsumer<String, Integer> handler) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerInterface = Class.forName("sun.misc.SignalHandler");
            Method getName = signalClass.getMethod("getName");
            Method getNumber = signalClass.getMethod("getNumber");
            Object proxy = Proxy.newProxyInstance(
                    StopSignal.class.getClassLoader(), new Class<?>[] {handlerInterface}, (self, method, args) -> {
                        if (method.getName().equals("handle") && args != null && args.length == 1) {
                            handler.accept((String) getName.invoke(args[0]), (Integer) getNumber.invoke(args[0]));
                            return null;
                        }
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(self);
                            case "equals" -> self == args[0];
                            default -> "stop signal handler";
                        };
                    });
            Object signal = signalClass.getConstructor(String.class).newInstance(name);
            signalClass.getMethod("handle", signalClass, handlerInterface).invoke(null, signal, proxy);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
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
