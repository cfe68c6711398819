package dev.interlinear.discord;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.serving.OutOfMemory;
import dev.interlinear.serving.ServedEdition;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.interactions.InteractionCallbackAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs questions off JDA's event threads, on the bot's own bounded pool, so a slow answer never holds up the
 * gateway, and sends the replies. Each piece of work runs on one edition of the articles, even when an update swaps
 * in a newer one meanwhile.
 *
 * <p>A reply counts as in flight from the question until Discord has it, so that {@link #finish} (at shutdown) can
 * wait for it. A reply Discord answers with a server error (5xx) is sent again: JDA itself only retries 502, 503,
 * 504 and Cloudflare's 52x, so a plain 500 would otherwise lose the answer. (An interaction's first response cannot
 * be: JDA refuses to send it twice.) Rate limits (429) are JDA's: it waits as long as Discord says and sends the
 * request again.
 */
public final class ReplySender {

    private static final Logger LOG = LoggerFactory.getLogger(ReplySender.class);
    /** A reply is sent again at most this often after a server error, after 1 s, then 2 s. */
    static final int RETRIES = 2;

    private static final long FIRST_RETRY_MILLIS = 1000;

    private final ServedEdition edition;
    private final ExecutorService pool;
    private final Object lock = new Object();
    /** Replies promised but not yet taken by Discord (guarded by lock). */
    private int inFlight;
    /** Set by {@link #finish}: no new work runs; questions still get a reply (a notice). Guarded by lock. */
    private boolean finishing;

    public ReplySender(ServedEdition edition, ExecutorService pool) {
        this.edition = edition;
        this.pool = pool;
    }

    /**
     * Works out {@code work} on the pool, then sends the reply made of its result, or of its failure (null result).
     * When the bot is shutting down the work does not run and the reply is made of a
     * {@link RejectedExecutionException}. Rendering belongs in {@code work}, so that a failure there ends in a
     * notice too.
     */
    public <T> void reply(Function<AnswerService, T> work, BiFunction<? super T, Throwable, RestAction<?>> reply) {
        boolean refused;
        synchronized (lock) {
            inFlight++;
            refused = finishing;
        }
        CompletableFuture<T> answer;
        try {
            answer = refused
                    ? CompletableFuture.failedFuture(new RejectedExecutionException("the bot is shutting down"))
                    : CompletableFuture.supplyAsync(() -> now(work), pool);
        } catch (RejectedExecutionException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((result, failure) -> {
            Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof OutOfMemoryError oom) {
                // A bot that ran out of memory answers some questions and fails others: end it for a restart.
                OutOfMemory.exit("answering a question", oom);
            }
            RestAction<?> action;
            try {
                action = reply.apply(result, cause);
            } catch (RuntimeException e) {
                LOG.error("could not make the reply", e);
                done();
                return;
            }
            deliver(action, 0);
        });
    }

    /** Sends a reply that needs no answer (a deferral, a notice), in flight and sent again like the answers. */
    public void send(RestAction<?> action) {
        synchronized (lock) {
            inFlight++;
        }
        deliver(action, 0);
    }

    /** Quick work done on the calling thread (a cheap check, a list). */
    public <T> T now(Function<AnswerService, T> work) {
        return edition.use(e -> work.apply(e.answers()));
    }

    /**
     * Stops taking new work and waits until the replies in flight are sent (or failed for good), at most
     * {@code timeout}. Returns whether they all were.
     */
    boolean finish(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            finishing = true;
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    private void deliver(RestAction<?> action, int attempt) {
        try {
            action.queue(ok -> done(), failure -> {
                if (attempt < RETRIES && canSendAgain(action, failure)) {
                    long delay = FIRST_RETRY_MILLIS << attempt;
                    LOG.warn(
                            "Discord failed to take a reply ({}); sending it again in {} ms",
                            failure.getMessage(),
                            delay);
                    CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS)
                            .execute(() -> deliver(action, attempt + 1));
                } else {
                    failed(failure);
                }
            });
        } catch (RuntimeException e) {
            failed(e); // e.g. JDA refusing a request after its shutdown
        }
    }

    /**
     * Whether a failed reply is worth sending again: Discord failed (5xx), not the request (4xx). An interaction's
     * callback is never sent again: JDA counts the interaction as acknowledged from the first try on.
     */
    private static boolean canSendAgain(RestAction<?> action, Throwable failure) {
        return failure instanceof ErrorResponseException e
                && e.isServerError()
                && !(action instanceof InteractionCallbackAction<?>);
    }

    private void failed(Throwable failure) {
        try {
            RestAction.getDefaultFailure().accept(failure);
        } finally {
            done();
        }
    }

    private void done() {
        synchronized (lock) {
            if (--inFlight == 0) {
                lock.notifyAll();
            }
        }
    }
}
