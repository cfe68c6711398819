package dev.interlinear.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers what another finder found, so that a sentence is scanned once while its article is indexed: the
 * facts and the index fields both need its quantities, and scanning them twice was a twentieth of the build.
 * Not thread-safe: one per article being indexed.
 */
public final class RememberedQuantities implements QuantityFinder {

    private final QuantityFinder finder;
    private final Map<Key, List<Quantity>> found = new HashMap<>();

    /** A sentence and its language, without joining them into one more string to copy and hash. */
    private record Key(String lang, String text) {}

    public RememberedQuantities(QuantityFinder finder) {
        this.finder = finder;
    }

    @Override
    public List<Quantity> extract(String text, String lang) {
        return found.computeIfAbsent(new Key(lang, text), key -> finder.extract(text, lang));
    }

    @Override
    public Optional<Unit> unitNamed(String word, String lang) {
        return finder.unitNamed(word, lang);
    }
}
