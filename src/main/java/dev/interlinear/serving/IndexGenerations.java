package dev.interlinear.serving;

import dev.interlinear.corpus.CorpusProblem;
import dev.interlinear.index.BuildProblems;
import dev.interlinear.index.CorpusIndexer;
import dev.interlinear.index.Fingerprints;
import dev.interlinear.index.IndexException;
import dev.interlinear.index.IndexStore;
import dev.interlinear.index.SentenceIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The generations of a corpus folder's index in the data directory: which one to open, when to build a new one,
 * and which one a server follows. A generation is named by the fingerprint of the folder's files and of what else
 * its build read (the index schema, the languages); a failed build leaves the generation before it in use.
 */
public final class IndexGenerations implements LiveArticles.Builds {

    private final Path dataDir;
    private final List<String> buildInputs;
    private final CorpusIndexer indexer;
    private final Health health;

    /**
     * @param buildInputs what besides the folder's files makes a generation (a change rebuilds the index)
     */
    public IndexGenerations(Path dataDir, List<String> buildInputs, CorpusIndexer indexer, Health health) {
        this.dataDir = dataDir;
        this.buildInputs = List.copyOf(buildInputs);
        this.indexer = indexer;
        this.health = health;
    }

    /**
     * What happened while opening an index, for the caller to show.
     *
     * @param kept  articles served in their previous version because a file of theirs could not be read now
     * @param stale why the index opened is older than the articles on disk (its rebuild failed); empty when
     *              it is up to date
     */
    public record Opened(
            SentenceIndex index,
            boolean rebuilt,
            List<CorpusProblem> problems,
            int articles,
            Set<String> kept,
            Optional<String> stale) {

        /** Whether every article was taken as it is on disk: nothing skipped, kept back or stale. */
        public boolean allTaken() {
            return stale.isEmpty() && kept.isEmpty() && problems.stream().noneMatch(CorpusProblem::fileSkipped);
        }
    }

    /**
     * Opens the index of a corpus folder. When the folder changed since the last build, a new generation is
     * built first, indexing again only the articles that changed; when that build fails for any reason (an
     * unreadable folder, a full or read-only disk, out of memory) and an earlier generation exists, that one
     * is opened and the result says why it is stale.
     *
     * @throws IndexException when nothing was ever built and the build fails
     */
    public Opened open(Path corpusDir, Consumer<String> progress) {
        IndexStore store = new IndexStore(dataDir, corpusDir);
        String fingerprint = fingerprint(corpusDir);
        Optional<Path> existing = store.currentFor(fingerprint);
        if (existing.isPresent()) {
            // A killed build's leftovers go at start, unless another process is building right now.
            store.tryLockForBuild().ifPresent(held -> {
                try (held) {
                    store.removeLeftovers(held);
                }
            });
            BuildProblems saved = BuildProblems.load(existing.get(), corpusDir);
            return opened(existing.get(), false, saved.problems(), -1, saved.kept(), Optional.empty());
        }
        try (IndexStore.BuildLock held = store.lockForBuild(progress)) {
            Optional<Path> builtMeanwhile = store.currentFor(fingerprint);
            if (builtMeanwhile.isPresent()) {
                BuildProblems saved = BuildProblems.load(builtMeanwhile.get(), corpusDir);
                return opened(builtMeanwhile.get(), false, saved.problems(), -1, saved.kept(), Optional.empty());
            }
            CorpusIndexer.Built built = indexer.build(held, corpusDir, store, fingerprint, store.current(), progress);
            return opened(built.generation(), true, built.problems(), built.articles(), built.kept(), Optional.empty());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            String reason = IndexUpdate.failure(e);
            Optional<Path> previous = store.current();
            if (previous.isEmpty()) {
                health.down(Health.INDEX, true, reason);
                throw e instanceof IndexException ie ? ie : new IndexException(reason, e);
            }
            return opened(previous.get(), false, List.of(), -1, Set.of(), Optional.of(reason));
        }
    }

    private Opened opened(
            Path generation,
            boolean rebuilt,
            List<CorpusProblem> problems,
            int articles,
            Set<String> kept,
            Optional<String> stale) {
        SentenceIndex index = SentenceIndex.open(generation);
        health.index(index, stale);
        return new Opened(index, rebuilt, problems, articles, kept, stale);
    }

    /**
     * Brings the index up to date with the folder when it changed since generation {@code served} was built: a
     * new generation, built beside the served one, which stays usable until a refresh of the
     * {@link ServedEdition} opens the new one. When another process sharing the data directory is building it,
     * this waits for it. Empty when nothing changed.
     *
     * @throws IndexException (or an error) when the build failed; the served index is untouched
     */
    @Override
    public Optional<IndexUpdate> update(Path corpusDir, Path served) {
        IndexStore store = new IndexStore(dataDir, corpusDir);
        String fingerprint = fingerprint(corpusDir);
        if (served.getFileName().toString().equals(IndexStore.generationName(fingerprint))) {
            return Optional.empty();
        }
        if (store.currentFor(fingerprint).isPresent()) {
            return Optional.of(IndexUpdate.FOLLOWED);
        }
        try (IndexStore.BuildLock held = store.lockForBuild(line -> {})) {
            if (store.currentFor(fingerprint).isPresent()) {
                return Optional.of(IndexUpdate.FOLLOWED);
            }
            CorpusIndexer.Built built =
                    indexer.build(held, corpusDir, store, fingerprint, Optional.of(served), line -> {});
            return Optional.of(
                    new IndexUpdate(built.problems(), built.kept(), built.reindexed(), built.removed(), false));
        }
    }

    /**
     * The generation made current since {@code served} was opened (by {@link #update} or by another process
     * sharing the data directory), for a refresh of the {@link ServedEdition}; empty when it is still current.
     */
    public Optional<SentenceIndex> newerThan(Path corpusDir, SentenceIndex served) {
        Optional<Path> current = new IndexStore(dataDir, corpusDir).current();
        if (current.isEmpty()
                || current.get().getFileName().equals(served.generation().getFileName())) {
            return Optional.empty();
        }
        return Optional.of(SentenceIndex.open(current.get()));
    }

    @Override
    public Health health() {
        return health;
    }

    private String fingerprint(Path corpusDir) {
        return Fingerprints.ofCorpus(corpusDir, buildInputs);
    }
}
