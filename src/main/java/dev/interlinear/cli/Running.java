package dev.interlinear.cli;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps a server command alive until Ctrl-C or SIGTERM, then closes its parts in the order given. */
final class Running {

    private static final Logger LOG = LoggerFactory.getLogger(Running.class);

    private Running() {
    }

    static void untilStopped(AutoCloseable... parts) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("shutting down");
            for (AutoCloseable part : parts) {
                try {
                    part.close();
                } catch (Exception e) {
                    LOG.warn("while shutting down {}", part.getClass().getSimpleName(), e);
                }
            }
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
    }
}
