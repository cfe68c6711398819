package dev.interlinear.discord;

import dev.interlinear.answer.AnswerResult;
import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Runs questions off JDA's event threads, on the bot's own bounded pool, so a slow answer never holds up
 * the gateway. The pool is the bot's, shut down (after finishing what is in flight) when the bot closes.
 */
public final class Answering {

    private final AnswerService service;
    private final ExecutorService pool;

    public Answering(AnswerService service, ExecutorService pool) {
        this.service = service;
        this.pool = pool;
    }

    public CompletableFuture<AnswerResult> ask(AskRequest request) {
        return CompletableFuture.supplyAsync(() -> service.ask(request), pool);
    }

    public <T> CompletableFuture<T> run(java.util.function.Function<AnswerService, T> work) {
        return CompletableFuture.supplyAsync(() -> work.apply(service), pool);
    }

    public AnswerService service() {
        return service;
    }
}
