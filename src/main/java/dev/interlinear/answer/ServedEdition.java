package dev.interlinear.answer;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The edition the front ends answer from. {@link #replace} swaps in a newer one atomically: uses that
 * started before the swap finish on the old edition, which closes after them; later uses see the new one.
 */
public final class ServedEdition implements AutoCloseable {

    private final AtomicReference<Edition> current;

    public ServedEdition(Edition first) {
        this.current = new AtomicReference<>(Objects.requireNonNull(first));
    }

    /** Runs the work on the edition being served, held for the work's duration. */
    public <T> T use(Function<Edition, T> work) {
        while (true) {
            Edition edition = current.get();
            // A hold can only fail when a swap retired this edition just now; the next read sees the new one.
            if (edition.tryHold()) {
                try {
                    return work.apply(edition);
                } finally {
                    edition.release();
                }
            }
        }
    }

    /** Serves the next edition from now on and retires the previous one. */
    public void replace(Edition next) {
        current.getAndSet(Objects.requireNonNull(next)).close();
    }

    /** The edition being served now, for figures such as its size (not held: do not keep it). */
    public Edition peek() {
        return current.get();
    }

    @Override
    public void close() {
        current.get().close();
    }
}
