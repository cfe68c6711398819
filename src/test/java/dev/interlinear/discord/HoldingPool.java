package dev.interlinear.discord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The bot's answer pool in tests, with a brake: while {@link #hold(Duration) held}, every answer waits before it
 * starts, as if answering were slow. This is the seam for slow answers: the bot takes its answer pool as a
 * parameter ({@code DiscordBot.start(..., pool)}), so production code has no test hook, and an answer held here
 * is exactly an answer that takes long (the listeners cannot tell the difference).
 */
final class HoldingPool extends AbstractExecutorService {

    /** A brake: answers wait for {@code released} or for {@code atMost}, whichever comes first. */
    private record Hold(CountDownLatch released, Duration atMost) {
        static final Hold NONE = new Hold(new CountDownLatch(0), Duration.ZERO);
    }

    private final ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
        Thread t = new Thread(runnable, "held-answer");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Long> held = new LinkedBlockingQueue<>();
    private volatile Hold hold = Hold.NONE;

    /** Answers submitted from now on wait until {@link #release()}, at most {@code atMost} (a slow answer). */
    void hold(Duration atMost) {
        hold = new Hold(new CountDownLatch(1), atMost);
    }

    /** Lets the held answers go on, and the next ones run at once. */
    void release() {
        Hold previous = hold;
        hold = Hold.NONE;
        previous.released().countDown();
    }

    /** Waits until an answer is being held: the bot took the question and is "still working on it". */
    void awaitHeldAnswer(Duration timeout) throws InterruptedException {
        if (held.poll(timeout.toMillis(), TimeUnit.MILLISECONDS) == null) {
            throw new AssertionError("No answer started within " + timeout);
        }
    }

    @Override
    public void execute(Runnable task) {
        Hold brake = hold;
        threads.execute(() -> {
            if (brake != Hold.NONE) {
                held.add(System.nanoTime());
                try {
                    brake.released().await(brake.atMost().toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            task.run();
        });
    }

    @Override
    public void shutdown() {
        release();
        threads.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        release();
        return threads.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return threads.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return threads.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return threads.awaitTermination(timeout, unit);
    }
}
