package dev.interlinear.app;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.Edition;
import dev.interlinear.answer.FactsService;
import dev.interlinear.answer.Links;
import dev.interlinear.config.Settings;
import dev.interlinear.corpus.Corpus;
import dev.interlinear.corpus.CorpusProblem;
import dev.interlinear.facts.FactBook;
import dev.interlinear.index.FieldAnalyzer;
import dev.interlinear.index.Fingerprints;
import dev.interlinear.index.IndexStore;
import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.text.LanguageModelUnavailableException;
import dev.interlinear.text.Languages;
import dev.interlinear.text.OpenNlpLanguageDetector;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.slf4j.LoggerFactory;

/**
 * The one place where the parts are put together (no DI framework, no static singletons). Front ends ask
 * it for an {@link AnswerService} over a corpus folder; the index is reused when the folder's content is
 * unchanged and rebuilt (into a new generation) when it changed.
 */
public final class App {

    /** Bump when the index schema or analysis changes, so old generations are rebuilt. */
    static final String SCHEMA = "interlinear-index-14";

    private final Settings settings;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    /**
     * The detector's model takes about a second to read. A running bot reads it in the background from the
     * start; a single question reads it only if its function words do not settle its language.
     */
    private final CompletableFuture<LanguageDetectorModel> languageModel;
    private final ModelLoading loading;

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
        this(settings, loading == ModelLoading.ON_DEMAND ? new CompletableFuture<>()
                : CompletableFuture.supplyAsync(OpenNlpLanguageDetector::loadModel, runnable -> {
                    Thread loader = new Thread(runnable, "language-model-loader");
                    loader.setDaemon(true);
                    loader.start();
                }), loading);
    }

    private App(Settings settings, CompletableFuture<LanguageDetectorModel> languageModel, ModelLoading loading) {
        this.settings = settings;
        this.languageModel = languageModel;
        this.loading = loading;
    }

    /**
     * An application over other settings that shares this one's language model (read once): the benchmark
     * builds many corpora, and reading the model again for each would compete with the build it measures.
     */
    public App withSettings(Settings other) {
        return new App(other, languageModel, loading);
    }

    public Settings settings() {
        return settings;
    }

    /** What happened while opening an index, for the caller to show. */
    public record Opened(SentenceIndex index, boolean rebuilt, List<CorpusProblem> problems, int articles) {
    }

    /**
     * What an update of the index did.
     *
     * @param kept      articles that kept their previous version because a file they were read from broke
     * @param reindexed articles indexed anew (changed or added)
     * @param removed   articles no longer in the folder
     */
    public record Update(SentenceIndex index, List<CorpusProblem> problems, Set<String> kept, Set<String> reindexed,
                         Set<String> removed) {
    }

    /**
     * Opens the index of a corpus folder. When the folder changed since the last build, a new generation is
     * built first, indexing again only the articles that changed.
     */
    public Opened openIndex(Path corpusDir, Consumer<String> progress) {
        IndexStore store = new IndexStore(settings.dataDir(), corpusDir);
        String fingerprint = corpusFingerprint(corpusDir);
        Optional<Path> existing = store.currentFor(fingerprint);
        if (existing.isPresent()) {
            return new Opened(SentenceIndex.open(existing.get()), false, List.of(), -1);
        }
        CorpusIndexer.Built built = indexer().build(corpusDir, store, fingerprint, store.current(), progress);
        return new Opened(SentenceIndex.open(built.generation()), true, built.problems(), built.articles());
    }

    /**
     * Brings the index up to date with the folder when it changed since {@code served} was built: a new
     * generation, built beside the served one, which stays usable until the caller swaps. Empty when nothing
     * changed.
     */
    public Optional<Update> update(Path corpusDir, SentenceIndex served) {
        IndexStore store = new IndexStore(settings.dataDir(), corpusDir);
        String fingerprint = corpusFingerprint(corpusDir);
        if (served.generation().getFileName().toString().equals(IndexStore.generationName(fingerprint))) {
            return Optional.empty();
        }
        CorpusIndexer.Built built = indexer().build(corpusDir, store, fingerprint, Optional.of(served.generation()),
                line -> { });
        return Optional.of(new Update(SentenceIndex.open(built.generation()), built.problems(), built.kept(),
                built.reindexed(), built.removed()));
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
    public Edition edition(SentenceIndex index) {
        FactBook facts = FactBook.load(index.generation());
        Thread reader = new Thread(() -> readAll(facts), "facts-reader");
        reader.setDaemon(true);
        reader.start();
        return new Edition(index, answerService(index, facts), factsService(index, facts));
    }

    private static void readAll(FactBook facts) {
        try {
            facts.articles();
        } catch (RuntimeException e) {
            // The facts commands say so when they are used; a running bot keeps answering. (No static logger:
            // a single `ask` would start the logging system for nothing.)
            LoggerFactory.getLogger(App.class).warn("the facts could not all be read: {}", e.getMessage());
        }
    }

    private AnswerService answerService(SentenceIndex index, FactBook facts) {
        Set<String> languages = new LinkedHashSet<>(settings.languages());
        languages.addAll(index.languages());
        return new AnswerService(index, facts, analyzers, detector(languages), languages,
                settings.defaultLanguage(), settings.answer(), new Links(settings.web().baseUrl()));
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
        if (!languageModel.isDone()) {
            synchronized (languageModel) {
                if (!languageModel.isDone() && loading == ModelLoading.ON_DEMAND) {
                    try {
                        languageModel.complete(OpenNlpLanguageDetector.loadModel());
                    } catch (RuntimeException e) {
                        languageModel.completeExceptionally(e);
                    }
                }
            }
        }
        try {
            return languageModel.join();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new LanguageModelUnavailableException("the language model could not be read: " + cause, cause);
        }
    }
}
