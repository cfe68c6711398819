package dev.interlinear.serving;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.FactsService;
import dev.interlinear.index.SentenceIndex;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One consistent version of the served articles: an index generation, its facts and the services over
 * them. A question is answered from one edition from start to end, so an update never mixes two versions
 * in one answer. Reference counted as Lucene's readers are ({@link ServedEdition} holds one reference and
 * each use one more): its index closes when the last reference is released.
 */
public final class Edition {

    private final SentenceIndex index;
    private final AnswerService answers;
    private final FactsService facts;
    private final AtomicInteger references = new AtomicInteger(1);

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

    /** Takes a reference; false when the last one was released already (the index is closed). */
    boolean tryIncRef() {
        for (int n = references.get(); n > 0; n = references.get()) {
            if (references.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    void decRef() throws IOException {
        if (references.decrementAndGet() == 0) {
            index.close();
        }
    }

    int refCount() {
        return references.get();
    }
}
