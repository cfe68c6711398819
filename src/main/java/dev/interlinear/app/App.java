package dev.interlinear.app;

import dev.interlinear.align.ArticleAligner;
import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.FactsService;
import dev.interlinear.answer.Links;
import dev.interlinear.config.Settings;
import dev.interlinear.corpus.Article;
import dev.interlinear.corpus.Corpus;
import dev.interlinear.corpus.CorpusLoader;
import dev.interlinear.corpus.CorpusProblem;
import dev.interlinear.facts.ArticleFacts;
import dev.interlinear.facts.FactBook;
import dev.interlinear.facts.FactExtractor;
import dev.interlinear.index.ArticlePreparer;
import dev.interlinear.index.FieldAnalyzer;
import dev.interlinear.index.Fingerprints;
import dev.interlinear.index.IndexBuilder;
import dev.interlinear.index.IndexStore;
import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.index.PreparedArticle;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.index.SentenceSignals;
import dev.interlinear.text.Languages;
import dev.interlinear.text.QuantityExtractor;
import dev.interlinear.text.OpenNlpLanguageDetector;
import dev.interlinear.text.SentenceSegmenter;
import dev.interlinear.text.TranslationSentences;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The one place where the parts are put together (no DI framework, no static singletons). Front ends ask
 * it for an {@link AnswerService} over a corpus folder; the index is reused when the folder's content is
 * unchanged and rebuilt (into a new generation) when it changed.
 */
public final class App {

    /** Bump when the index schema or analysis changes, so old generations are rebuilt. */
    static final String SCHEMA = "interlinear-index-10";

    private final Settings settings;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    /** The detector's model takes about a second to read: it loads in the background from the start. */
    private final CompletableFuture<LanguageDetectorModel> languageModel;
    private final Map<Path, FactBook> factBooks = new ConcurrentHashMap<>();

    public App(Settings settings) {
        this.settings = settings;
        this.languageModel = CompletableFuture.supplyAsync(OpenNlpLanguageDetector::loadModel, runnable -> {
            Thread loader = new Thread(runnable, "language-model-loader");
            loader.setDaemon(true);
            loader.start();
        });
    }

    public Settings settings() {
        return settings;
    }

    /** What happened while opening an index, for the caller to show. */
    public record Opened(SentenceIndex index, boolean rebuilt, List<CorpusProblem> problems, int articles) {
    }

    /** Opens the index of a corpus folder, building it first when the folder changed since the last build. */
    public Opened openIndex(Path corpusDir, Consumer<String> progress) {
        IndexStore store = new IndexStore(settings.dataDir(), corpusDir);
        String fingerprint = Fingerprints.ofCorpus(corpusDir, List.of(SCHEMA, String.join(",", settings.languages())));
        Optional<Path> existing = store.currentFor(fingerprint);
        if (existing.isPresent()) {
            return new Opened(SentenceIndex.open(existing.get()), false, List.of(), -1);
        }
        Corpus corpus = new CorpusLoader().load(corpusDir);
        progress.accept("indexing " + corpus.articles().size() + " article(s) from " + corpusDir);
        ArticlePreparer preparer = new ArticlePreparer(
                new TranslationSentences(new SentenceSegmenter(), detector(languagesOf(corpus))), new ArticleAligner());
        IndexBuilder builder = new IndexBuilder(new SentenceSignals(new QuantityExtractor()));
        FactExtractor extractor = new FactExtractor();
        Path generation = store.build(fingerprint, new FieldAnalyzer(analyzers), (writer, folder) -> {
            // Articles are prepared and written on every core: IndexWriter takes documents from many threads.
            ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
            try {
                List<Future<ArticleFacts>> pending = new ArrayList<>();
                for (Article article : corpus.articles()) {
                    pending.add(pool.submit(() -> {
                        PreparedArticle prepared = preparer.prepare(article);
                        builder.add(writer, prepared);
                        return extractor.extract(article.id(), prepared.sentences(), prepared.alignment());
                    }));
                }
                List<ArticleFacts> facts = new ArrayList<>();
                for (Future<ArticleFacts> f : pending) {
                    facts.add(f.get());
                }
                new FactBook(facts).save(folder);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("indexing was interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io
                        : new IOException(e.getCause().getMessage(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        });
        return new Opened(SentenceIndex.open(generation), true, corpus.problems(), corpus.articles().size());
    }

    public AnswerService answerService(SentenceIndex index) {
        Set<String> languages = new LinkedHashSet<>(settings.languages());
        languages.addAll(index.languages());
        return new AnswerService(index, factBook(index), analyzers, detector(languages), languages,
                settings.defaultLanguage(), settings.answer(), new Links(settings.web().baseUrl()));
    }

    public FactsService factsService(SentenceIndex index) {
        return new FactsService(index, factBook(index), new Links(settings.web().baseUrl()));
    }

    /** The facts stored with an index generation, read once however many services use them. */
    private FactBook factBook(SentenceIndex index) {
        return factBooks.computeIfAbsent(index.generation(), FactBook::load);
    }

    private Set<String> languagesOf(Corpus corpus) {
        Set<String> out = new LinkedHashSet<>(settings.languages());
        corpus.articles().forEach(a -> a.translations().keySet().forEach(l -> out.add(Languages.base(l))));
        return out;
    }

    private OpenNlpLanguageDetector detector(Set<String> languages) {
        try {
            return new OpenNlpLanguageDetector(languageModel.join(), languages);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
