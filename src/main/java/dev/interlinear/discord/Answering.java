package dev.interlinear.discord;

import dev.interlinear.answer.AnswerResult;
import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.answer.ServedEdition;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Runs questions off JDA's event threads, on the bot's own bounded pool, so a slow answer never holds up
 * the gateway. Each piece of work runs on one edition of the articles, even when an update swaps in a
 * newer one meanwhile. The pool is the bot's, shut down (after finishing what is in flight) when the bot closes.
 */
public final class Answering {

    private final ServedEdition edition;
    private final ExecutorService pool;

    public Answering(ServedEdition edition, ExecutorService pool) {
        this.edition = edition;
        this.pool = pool;
    }

    public CompletableFuture<AnswerResult> ask(AskRequest request) {
        return run(service -> service.ask(request));
    }

    public <T> CompletableFuture<T> run(Function<AnswerService, T> work) {
        return CompletableFuture.supplyAsync(() -> now(work), pool);
    }

    /** Quick work done on the calling thread (a cheap check, a list). */
    public <T> T now(Function<AnswerService, T> work) {
        return edition.use(e -> work.apply(e.answers()));
    }
}
