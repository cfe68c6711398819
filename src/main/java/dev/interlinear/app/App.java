package dev.interlinear.app;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.FactsService;
import dev.interlinear.answer.Links;
import dev.interlinear.config.Settings;
import dev.interlinear.corpus.Corpus;
import dev.interlinear.corpus.CorpusProblem;
import dev.interlinear.facts.FactBook;
import dev.interlinear.index.BuildProblems;
import dev.interlinear.index.CorpusIndexer;
import dev.interlinear.index.FieldAnalyzer;
import dev.interlinear.index.Fingerprints;
import dev.interlinear.index.IndexException;
import dev.interlinear.index.IndexStore;
import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.language.Languages;
import dev.interlinear.language.OpenNlpLanguageDetector;
import dev.interlinear.serving.Edition;
import dev.interlinear.serving.Health;
import dev.interlinear.serving.IndexUpdate;
import dev.interlinear.serving.LiveArticles;
import dev.interlinear.serving.OutOfMemory;
import dev.interlinear.serving.ServedEdition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.slf4j.LoggerFactory;

/**
 * The one place where the parts are put together from the settings (no DI framework, no static singletons).
 * Front ends ask it for an {@link AnswerService} over a corpus folder, or for the {@link ServedEdition} a
 * server answers from and what keeps it live; the index is reused when the folder's content is unchanged and
 * rebuilt (into a new generation) when it changed.
 */
public final class App implements LiveArticles.Builds {

    /** Bump when the index schema or analysis changes, so old generations are rebuilt. */
    static final String SCHEMA = "interlinear-index-17";

    /** How long a server waits before reading the language model again after it failed. */
    static final Duration MODEL_RETRY = Duration.ofSeconds(30);
    /** How often a running server looks for changed articles. */
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);

    private final Settings settings;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final Health health;
    /**
     * The detector's model takes about a second to read. A running bot reads it in the background from the
     * start; a single question reads it only if its function words do not settle its language.
     */
    private final LanguageModelSource languageModel;

    /** When the language detector's model is read. */
    public enum ModelLoading {
        /** At once, beside the rest of the start (servers: the first questions do not wait for it). */
        IN_BACKGROUND,
        /** When a text first needs it (one question: most never do, and reading it slowed the start). */
        ON_DEMAND
    }

    public App(Settings settings) {
        this(settings, ModelLoading.IN_BACKGROUND);
    }

    public App(Settings settings, ModelLoading loading) {
        this(settings, new Health(), loading);
    }

    private App(Settings settings, Health health, ModelLoading loading) {
        this(
                settings,
                health,
                loading == ModelLoading.ON_DEMAND
                        ? LanguageModelSource.onDemand(OpenNlpLanguageDetector::loadModel, health)
                        : LanguageModelSource.inBackground(OpenNlpLanguageDetector::loadModel, health, MODEL_RETRY));
    }

    private App(Settings settings, Health health, LanguageModelSource languageModel) {
        this.settings = settings;
        this.health = health;
        this.languageModel = languageModel;
    }

    /**
     * An application over other settings that shares this one's language model (read once): the benchmark
     * builds many corpora, and reading the model again for each would compete with the build it measures.
     */
    public App withSettings(Settings other) {
        return new App(other, health, languageModel);
    }

    /** What the parts of this application are doing, for {@code /health}. */
    @Override
    public Health health() {
        return health;
    }

    public Settings settings() {
        return settings;
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
    public Opened openIndex(Path corpusDir, Consumer<String> progress) {
        IndexStore store = new IndexStore(settings.dataDir(), corpusDir);
        String fingerprint = corpusFingerprint(corpusDir);
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
            CorpusIndexer.Built built = indexer().build(held, corpusDir, store, fingerprint, store.current(), progress);
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
        IndexStore store = new IndexStore(settings.dataDir(), corpusDir);
        String fingerprint = corpusFingerprint(corpusDir);
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
                    indexer().build(held, corpusDir, store, fingerprint, Optional.of(served), line -> {});
            return Optional.of(
                    new IndexUpdate(built.problems(), built.kept(), built.reindexed(), built.removed(), false));
        }
    }

    /**
     * The edition of {@code index} as the servers answer from it; a refresh opens the generation made current
     * since (by this process's {@link #update} or by another process sharing the data directory).
     */
    public ServedEdition served(SentenceIndex index) {
        return new ServedEdition(edition(index), served -> {
            Optional<Path> current = new IndexStore(settings.dataDir(), settings.corpus()).current();
            if (current.isEmpty()
                    || current.get()
                            .getFileName()
                            .equals(served.index().generation().getFileName())) {
                return Optional.empty();
            }
            return Optional.of(edition(SentenceIndex.open(current.get())));
        });
    }

    /**
     * Keeps {@code served} in step with the articles while a server runs, when the settings ask for it; and
     * whatever they ask, tries again to rebuild an index that is stale because its build failed.
     */
    public AutoCloseable keepLive(ServedEdition served, Opened opened) {
        if (!settings.watchArticles() && opened.stale().isEmpty()) {
            return () -> {};
        }
        return LiveArticles.start(
                this,
                settings.corpus(),
                served,
                WATCH_INTERVAL,
                LiveArticles.DEFAULT_RETRY,
                settings.watchArticles(),
                opened.problems(),
                opened.stale());
    }

    private String corpusFingerprint(Path corpusDir) {
        return Fingerprints.ofCorpus(corpusDir, List.of(SCHEMA, String.join(",", settings.languages())));
    }

    private CorpusIndexer indexer() {
        String inputs = Fingerprints.sha256(SCHEMA + "\n" + String.join(",", settings.languages()));
        return new CorpusIndexer(inputs, new FieldAnalyzer(analyzers), corpus -> detector(languagesOf(corpus)));
    }

    public AnswerService answerService(SentenceIndex index) {
        return answerService(index, FactBook.load(index.generation()));
    }

    public FactsService factsService(SentenceIndex index) {
        return factsService(index, FactBook.load(index.generation()));
    }

    /**
     * The index with its facts (read once for both services) as the front ends serve it. Answers read one
     * article's facts; the facts commands and their autocompletion (which Discord gives 3 s) need them all,
     * so every article's facts are read in the background while the first questions are answered.
     */
    private Edition edition(SentenceIndex index) {
        FactBook facts = FactBook.load(index.generation());
        Thread reader = new Thread(() -> readAll(facts), "facts-reader");
        reader.setDaemon(true);
        reader.start();
        return new Edition(index, answerService(index, facts), factsService(index, facts));
    }

    private void readAll(FactBook facts) {
        try {
            int articles = facts.articles().size();
            health.ok(Health.FACTS, false, articles + " articles");
        } catch (OutOfMemoryError e) {
            OutOfMemory.exit("reading the facts", e);
        } catch (RuntimeException e) {
            // The facts commands say so when they are used; a running bot keeps answering. (No static logger:
            // a single `ask` would start the logging system for nothing.)
            health.down(Health.FACTS, false, "could not all be read: " + e.getMessage());
            LoggerFactory.getLogger(App.class).warn("the facts could not all be read: {}", e.getMessage());
        }
    }

    private AnswerService answerService(SentenceIndex index, FactBook facts) {
        Set<String> languages = new LinkedHashSet<>(settings.languages());
        languages.addAll(index.languages());
        return new AnswerService(
                index,
                facts,
                analyzers,
                detector(languages),
                languages,
                settings.defaultLanguage(),
                settings.answer(),
                new Links(settings.web().baseUrl()));
    }

    private FactsService factsService(SentenceIndex index, FactBook facts) {
        return new FactsService(index, facts, new Links(settings.web().baseUrl()));
    }

    private Set<String> languagesOf(Corpus corpus) {
        Set<String> out = new LinkedHashSet<>(settings.languages());
        corpus.articles().forEach(a -> a.translations().keySet().forEach(l -> out.add(Languages.base(l))));
        return out;
    }

    /** A detector that waits for the model only when a text needs it (most questions do not). */
    private OpenNlpLanguageDetector detector(Set<String> languages) {
        return new OpenNlpLanguageDetector(this::languageModel, languages);
    }

    private LanguageDetectorModel languageModel() {
        return languageModel.get();
    }
}
