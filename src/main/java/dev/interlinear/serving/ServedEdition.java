package dev.interlinear.serving;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.lucene.search.ReferenceManager;

/**
 * The edition the front ends answer from, managed as Lucene's {@code SearcherManager} manages searchers (a
 * {@link ReferenceManager}): each use acquires the current edition and releases it after; a refresh opens the
 * newer one, if there is one, and swaps it in; the previous edition's index closes when its last use ends.
 */
public final class ServedEdition implements Closeable {

    /** Where a newer edition comes from. */
    @FunctionalInterface
    public interface Source {
        /** The edition to serve instead of {@code served}, opened; empty while {@code served} is the newest. */
        Optional<Edition> newerThan(Edition served);
    }

    /** An edition with its holds: the manager's own plus one per use in flight. */
    private record Held(Edition edition, AtomicInteger holds) {
        Held(Edition edition) {
            this(edition, new AtomicInteger(1));
        }
    }

    private final Editions editions;

    /** An edition that is never refreshed. */
    public ServedEdition(Edition first) {
        this(first, served -> Optional.empty());
    }

    public ServedEdition(Edition first, Source source) {
        this.editions = new Editions(new Held(first), source);
    }

    /**
     * Runs the work on the edition being served, held for the work's duration.
     *
     * @throws org.apache.lucene.store.AlreadyClosedException when this was closed
     */
    public <T> T use(Function<Edition, T> work) {
        try {
            Held held = editions.acquire();
            try {
                return work.apply(held.edition());
            } finally {
                editions.release(held);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a retired index", e);
        }
    }

    /** Swaps in the newer edition, if there is one; waits while another refresh runs. */
    public void refresh() throws IOException {
        editions.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        editions.close();
    }

    private static final class Editions extends ReferenceManager<Held> {
        private final Source source;

        Editions(Held first, Source source) {
            this.current = first;
            this.source = source;
        }

        @Override
        protected Held refreshIfNeeded(Held served) {
            return source.newerThan(served.edition()).map(Held::new).orElse(null);
        }

        @Override
        protected boolean tryIncRef(Held held) {
            for (int n = held.holds().get(); n > 0; n = held.holds().get()) {
                if (held.holds().compareAndSet(n, n + 1)) {
                    return true;
                }
            }
            return false; // its last hold was released just now: the manager reads the newer one
        }

        @Override
        protected void decRef(Held held) throws IOException {
            if (held.holds().decrementAndGet() == 0) {
                held.edition().index().close();
            }
        }

        @Override
        protected int getRefCount(Held held) {
            return held.holds().get();
        }
    }
}
