package dev.interlinear.app;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.FactsService;
import dev.interlinear.answer.Links;
import dev.interlinear.config.Settings;
import dev.interlinear.corpus.Corpus;
import dev.interlinear.facts.FactBook;
import dev.interlinear.index.CorpusIndexer;
import dev.interlinear.index.FieldAnalyzer;
import dev.interlinear.index.Fingerprints;
import dev.interlinear.index.IndexException;
import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.language.Languages;
import dev.interlinear.language.OpenNlpLanguageDetector;
import dev.interlinear.lexicon.Dictionaries;
import dev.interlinear.lexicon.Inflections;
import dev.interlinear.lexicon.SpellingDictionaries;
import dev.interlinear.lexicon.TranslationsBuilder;
import dev.interlinear.lexicon.WordTranslations;
import dev.interlinear.serving.Edition;
import dev.interlinear.serving.Health;
import dev.interlinear.serving.IndexGenerations;
import dev.interlinear.serving.LiveArticles;
import dev.interlinear.serving.OutOfMemory;
import dev.interlinear.serving.ServedEdition;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.slf4j.LoggerFactory;

/**
 * The one place where the parts are put together from the settings (no DI framework, no static singletons).
 * Front ends ask it for an {@link AnswerService} over a corpus folder, or for the {@link ServedEdition} a
 * server answers from and what keeps it live. Which generation of the index to open, build or follow is
 * {@link IndexGenerations}'s; building one is {@link CorpusIndexer}'s.
 */
public final class App {

    /** Bump when the index schema or analysis changes, so old generations are rebuilt. */
    static final String SCHEMA = "interlinear-index-23";

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

    private final IndexGenerations generations;
    private final Dictionaries dictionaries;
    /**
     * Read when a question or an index build (inflections) first needs a language's, and kept: every edition of the
     * index shares them.
     */
    private final SpellingDictionaries spelling;

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
        // What besides the articles' files an index is built from: a change makes every generation stale.
        this.dictionaries = Dictionaries.in(settings.dictionaries());
        this.spelling = new SpellingDictionaries(
                settings.spelling(),
                problem -> LoggerFactory.getLogger(App.class).warn("{}", problem));
        List<String> buildInputs = new ArrayList<>(List.of(SCHEMA, String.join(",", settings.languages())));
        buildInputs.addAll(dictionaries.description());
        buildInputs.addAll(spelling.description(settings.languages()));
        this.generations = new IndexGenerations(settings.dataDir(), buildInputs, indexer(buildInputs), health);
    }

    /**
     * An application over other settings that shares this one's language model (read once): the benchmark
     * builds many corpora, and reading the model again for each would compete with the build it measures.
     */
    public App withSettings(Settings other) {
        return new App(other, health, languageModel);
    }

    /** What the parts of this application are doing, for {@code /health}. */
    public Health health() {
        return health;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Opens the index of a corpus folder, building a new generation first when the folder changed (see
     * {@link IndexGenerations#open}).
     *
     * @throws IndexException when nothing was ever built and the build fails
     */
    public IndexGenerations.Opened openIndex(Path corpusDir, Consumer<String> progress) {
        return generations.open(corpusDir, progress);
    }

    /** The generations of the index in the data directory, as these settings build them. */
    public IndexGenerations generations() {
        return generations;
    }

    /**
     * The edition of {@code index} as the servers answer from it; a refresh opens the generation made current
     * since (by this process's {@link IndexGenerations#update} or by another process sharing the data directory).
     */
    public ServedEdition served(SentenceIndex index) {
        // A fresh `ask` reads a language's spelling dictionaries only when a question needs them; a server reads
        // them at start, beside the first questions, so that none waits up to a second or two for them.
        Set<String> languages = new LinkedHashSet<>(settings.languages());
        languages.addAll(index.languages());
        Thread reader = new Thread(() -> spelling.readAll(languages), "spelling-reader");
        reader.setDaemon(true);
        reader.start();
        return new ServedEdition(
                edition(index),
                served ->
                        generations.newerThan(settings.corpus(), served.index()).map(this::edition));
    }

    /**
     * Keeps {@code served} in step with the articles while a server runs, when the settings ask for it; and
     * whatever they ask, tries again to rebuild an index that is stale because its build failed.
     */
    public AutoCloseable keepLive(ServedEdition served, IndexGenerations.Opened opened) {
        if (!settings.watchArticles() && opened.stale().isEmpty()) {
            return () -> {};
        }
        return LiveArticles.start(
                generations,
                settings.corpus(),
                served,
                WATCH_INTERVAL,
                LiveArticles.DEFAULT_RETRY,
                settings.watchArticles(),
                opened.problems(),
                opened.stale());
    }

    private CorpusIndexer indexer(List<String> buildInputs) {
        String inputs = Fingerprints.sha256(String.join("\n", buildInputs));
        return new CorpusIndexer(
                inputs, new FieldAnalyzer(analyzers), corpus -> detector(languagesOf(corpus)), new Translations());
    }

    /**
     * The dictionaries' translations of the words of each language questions are asked in that some article
     * lacks, into the terms of the articles' languages.
     */
    private final class Translations implements CorpusIndexer.TranslationsMaker {

        @Override
        public boolean needed(Corpus corpus) {
            return !dictionaries.isEmpty() && !lacking(corpus).isEmpty();
        }

        @Override
        public String missing(Corpus corpus) {
            Set<String> lacking = lacking(corpus);
            return dictionaries.isEmpty() && !lacking.isEmpty()
                    ? "no bilingual dictionaries in " + settings.dictionaries() + ": questions in "
                            + String.join(", ", lacking)
                            + " are matched in the other translations by names, numbers and look-alike words only"
                            + " (README: install FreeDict's dict-freedict-* packages)"
                    : "";
        }

        @Override
        public WordTranslations make(
                Corpus corpus,
                Map<String, Set<String>> vocabulary,
                Optional<WordTranslations> previous,
                Map<String, Set<String>> before)
                throws IOException {
            Set<String> lacking = lacking(corpus);
            TranslationsBuilder builder = new TranslationsBuilder(
                    dictionaries,
                    analyzers::terms,
                    problem -> LoggerFactory.getLogger(App.class).warn("{}", problem),
                    Inflections.of(corpus, spelling, analyzers::terms));
            return previous.isPresent()
                    ? builder.update(previous.get(), lacking, vocabulary, before)
                    : builder.build(lacking, vocabulary);
        }

        private Set<String> lacking(Corpus corpus) {
            Set<String> out = new LinkedHashSet<>();
            for (String lang : settings.languages()) {
                if (corpus.articles().stream()
                        .anyMatch(a -> a.translations().keySet().stream()
                                .noneMatch(t -> Languages.base(t).equals(lang)))) {
                    out.add(lang);
                }
            }
            return out;
        }
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
                new Links(settings.web().baseUrl()),
                spelling);
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
