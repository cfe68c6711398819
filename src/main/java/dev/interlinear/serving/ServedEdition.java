package dev.interlinear.serving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.search.ReferenceManager;

/**
 * The edition the front ends answer from, managed as Lucene's {@code SearcherManager} manages searchers: each
 * use acquires the current edition and releases it after; a refresh opens the newer one, if there is one, and
 * swaps it in; the previous edition closes when its last use ends.
 */
public final class ServedEdition extends ReferenceManager<Edition> {

    /** Where a newer edition comes from. */
    @FunctionalInterface
    public interface Source {
        /** The edition to serve instead of {@code served}, opened; empty while {@code served} is the newest. */
        Optional<Edition> newerThan(Edition served);
    }

    private final Source source;

    /** An edition that is never refreshed. */
    public ServedEdition(Edition first) {
        this(first, served -> Optional.empty());
    }

    public ServedEdition(Edition first, Source source) {
        this.current = first;
        this.source = source;
    }

    /** Runs the work on the edition being served, held for the work's duration. */
    public <T> T use(Function<Edition, T> work) {
        try {
            Edition edition = acquire();
            try {
                return work.apply(edition);
            } finally {
                release(edition);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a retired index", e);
        }
    }

    @Override
    protected Edition refreshIfNeeded(Edition served) {
        return source.newerThan(served).orElse(null);
    }

    @Override
    protected boolean tryIncRef(Edition edition) {
        return edition.tryIncRef();
    }

    @Override
    protected void decRef(Edition edition) throws IOException {
        edition.decRef();
    }

    @Override
    protected int getRefCount(Edition edition) {
        return edition.refCount();
    }
}
