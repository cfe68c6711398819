package dev.interlinear.answer;

import dev.interlinear.index.SentenceIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One consistent version of the served articles: an index generation, its facts and the services over
 * them. A question is answered from one edition from start to end, so an update never mixes two versions
 * in one answer. Closing an edition retires it: its index closes when the last use running now ends.
 */
public final class Edition implements AutoCloseable {

    private final SentenceIndex index;
    private final AnswerService answers;
    private final FactsService facts;
    /** The holder's own hold plus one per running use. */
    private final AtomicInteger holds = new AtomicInteger(1);
    private final AtomicBoolean retired = new AtomicBoolean();

    public Edition(SentenceIndex index, AnswerService answers, FactsService facts) {
        this.index = index;
        this.answers = answers;
        this.facts = facts;
    }

    public SentenceIndex index() {
        return index;
    }

    public AnswerService answers() {
        return answers;
    }

    public FactsService facts() {
        return facts;
    }

    /** Takes a hold for one use; false when the edition is already closed. */
    boolean tryHold() {
        for (int n = holds.get(); n > 0; n = holds.get()) {
            if (holds.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    void release() {
        if (holds.decrementAndGet() == 0) {
            try {
                index.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the index at " + index.generation(), e);
            }
        }
    }

    @Override
    public void close() {
        if (retired.compareAndSet(false, true)) {
            release();
        }
    }
}
