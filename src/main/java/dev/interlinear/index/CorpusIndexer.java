package dev.interlinear.index;

import dev.interlinear.align.ArticleAligner;
import dev.interlinear.corpus.Article;
import dev.interlinear.corpus.Corpus;
import dev.interlinear.corpus.CorpusLoader;
import dev.interlinear.corpus.CorpusProblem;
import dev.interlinear.facts.ArticleFacts;
import dev.interlinear.facts.FactBook;
import dev.interlinear.facts.FactExtractor;
import dev.interlinear.index.GenerationManifest.ArticleEntry;
import dev.interlinear.language.LanguageModelUnavailableException;
import dev.interlinear.language.OpenNlpLanguageDetector;
import dev.interlinear.lexicon.WordTranslations;
import dev.interlinear.quantity.QuantityExtractor;
import dev.interlinear.quantity.RememberedQuantities;
import dev.interlinear.segment.SentenceSegmenter;
import dev.interlinear.segment.TranslationSentences;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Builds an index generation from a corpus folder. With a previous generation of the same inputs as base,
 * only articles whose folder changed are prepared again; the others are copied. An article whose previous
 * version was indexed and whose files now fail to read keeps that previous version: a broken save never
 * takes an article away.
 */
public final class CorpusIndexer {

    private static final String METADATA_FILE = "article.yaml";

    /** What a build did, for the caller to show. */
    public record Built(
            Path generation,
            List<CorpusProblem> problems,
            Set<String> kept,
            Set<String> reindexed,
            Set<String> removed,
            int articles) {}

    private final String inputs;
    private final FieldAnalyzer analyzer;
    private final Function<Corpus, OpenNlpLanguageDetector> detector;
    private final TranslationsMaker translations;

    /** Makes a generation's {@link WordTranslations} once its documents are written. */
    public interface TranslationsMaker {
        /** Whether the corpus needs any (some article lacks a language questions are asked in, and dictionaries). */
        boolean needed(Corpus corpus);

        /** What a user should know when the corpus would need translations but none can be made; empty if nothing. */
        default String missing(Corpus corpus) {
            return "";
        }

        /**
         * @param vocabulary each language's terms in the index ({@code body.<lang>})
         * @param previous   the translations of the generation this one was built from, when there is one
         * @param before     that generation's vocabulary (empty when there is none): a build changing a few
         *                   articles adds the translations of their new terms only
         */
        WordTranslations make(
                Corpus corpus,
                Map<String, Set<String>> vocabulary,
                Optional<WordTranslations> previous,
                Map<String, Set<String>> before)
                throws IOException;
    }

    /** An indexer that makes no word translations. */
    public CorpusIndexer(String inputs, FieldAnalyzer analyzer, Function<Corpus, OpenNlpLanguageDetector> detector) {
        this(inputs, analyzer, detector, new TranslationsMaker() {
            @Override
            public boolean needed(Corpus corpus) {
                return false;
            }

            @Override
            public WordTranslations make(
                    Corpus corpus,
                    Map<String, Set<String>> vocabulary,
                    Optional<WordTranslations> previous,
                    Map<String, Set<String>> before) {
                return WordTranslations.empty();
            }
        });
    }

    /**
     * @param inputs       fingerprint of the schema and settings the documents depend on
     * @param detector     the paragraph language detector for a corpus's languages
     * @param translations the dictionaries' translations of question words into the articles' terms
     */
    public CorpusIndexer(
            String inputs,
            FieldAnalyzer analyzer,
            Function<Corpus, OpenNlpLanguageDetector> detector,
            TranslationsMaker translations) {
        this.inputs = inputs;
        this.analyzer = analyzer;
        this.detector = detector;
        this.translations = translations;
    }

    /**
     * @param held the slot's build lock, held by the caller for the whole build
     */
    public Built build(
            IndexStore.BuildLock held,
            Path corpusDir,
            IndexStore store,
            String fingerprint,
            Optional<Path> previous,
            Consumer<String> progress) {
        Corpus corpus = new CorpusLoader().load(corpusDir);
        Optional<GenerationManifest> baseManifest = previous.flatMap(GenerationManifest::load)
                .filter(m -> m.inputs().equals(inputs));
        Optional<Path> base = baseManifest.isPresent() ? previous : Optional.empty();
        Map<String, ArticleEntry> before =
                baseManifest.map(GenerationManifest::articles).orElse(Map.of());
        Map<String, List<CorpusProblem>> problemsByArticle = problemsByArticle(corpusDir, corpus.problems());

        Map<String, ArticleEntry> after = new TreeMap<>();
        Set<String> kept = new TreeSet<>();
        Set<String> unchanged = new TreeSet<>();
        Set<String> removed = new TreeSet<>(before.keySet());
        List<Article> toIndex = new ArrayList<>();
        for (Article article : corpus.articles()) {
            String id = article.id();
            removed.remove(id);
            ArticleEntry old = before.get(id);
            String articleFingerprint = Fingerprints.ofArticle(corpusDir, id);
            if (old != null && old.fingerprint().equals(articleFingerprint)) {
                unchanged.add(id);
                after.put(id, old);
            } else if (old != null && brokeAFileOf(id, old, problemsByArticle.getOrDefault(id, List.of()))) {
                kept.add(id);
                after.put(id, old);
            } else {
                toIndex.add(article);
                after.put(
                        id,
                        new ArticleEntry(
                                articleFingerprint,
                                article.translations().values().stream()
                                        .map(t -> fileName(t.source()))
                                        .toList()));
            }
        }
        // Articles that no longer load at all: kept when a file they were read from broke, else gone.
        for (String id : List.copyOf(removed)) {
            if (brokeAFileOf(id, before.get(id), problemsByArticle.getOrDefault(id, List.of()))) {
                removed.remove(id);
                kept.add(id);
                after.put(id, before.get(id));
            }
        }
        Set<String> reindexed = new TreeSet<>();
        toIndex.forEach(a -> reindexed.add(a.id()));
        progress.accept(
                base.isPresent()
                        ? "updating the index: " + reindexed.size() + " article(s) to index, " + removed.size()
                                + " removed, " + (unchanged.size() + kept.size()) + " reused"
                        : "indexing " + toIndex.size() + " article(s) from " + corpusDir);

        FactBook previousFacts = base.map(FactBook::load).orElse(FactBook.empty());
        List<CorpusProblem> problems = new ArrayList<>(corpus.problems());
        boolean translate = translations.needed(corpus);
        String missing = translate ? "" : translations.missing(corpus);
        if (!missing.isEmpty()) {
            progress.accept(missing);
        }
        Path generation = store.build(held, fingerprint, analyzer, base, (writer, folder) -> {
            Map<String, Set<String>> vocabularyBefore = translate && base.isPresent() ? vocabulary(writer) : Map.of();
            for (String id : removed) {
                writer.deleteDocuments(new Term(Fields.ARTICLE, id));
            }
            List<ArticleFacts> facts = new ArrayList<>();
            for (Prepared outcome : prepareAndWrite(toIndex, before.keySet(), corpus, writer)) {
                String id = outcome.article().id();
                if (outcome.facts().isPresent()) {
                    facts.add(outcome.facts().get());
                    continue;
                }
                // A bug or a pathological text in one article costs that article's update, not the index.
                reindexed.remove(id);
                boolean hadVersion = before.containsKey(id);
                problems.add(new CorpusProblem(
                        corpusDir.resolve(id),
                        "could not be indexed (" + outcome.failure()
                                + (hadVersion ? "); the previous version is kept" : "); skipped")));
                if (hadVersion) {
                    kept.add(id);
                    after.put(id, before.get(id));
                } else {
                    after.remove(id);
                }
            }
            for (ArticleFacts f : previousFacts.articles()) {
                if (unchanged.contains(f.article()) || kept.contains(f.article())) {
                    facts.add(f);
                }
            }
            new FactBook(facts).save(folder);
            if (translate) {
                WordTranslations made = translations.make(
                        corpus, vocabulary(writer), base.map(WordTranslations::load), vocabularyBefore);
                made.save(folder);
                progress.accept("dictionary translations for questions in " + String.join(", ", made.askedIn()) + ": "
                        + made.size() + " words");
            }
            new GenerationManifest(inputs, after).save(folder);
            new BuildProblems(problems, kept).save(folder, corpusDir);
        });
        return new Built(generation, problems, kept, reindexed, removed, after.size());
    }

    /** The terms of each body field, read from what the writer holds now (new and kept documents alike). */
    private static Map<String, Set<String>> vocabulary(IndexWriter writer) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
                if (!field.name.startsWith(Fields.BODY_PREFIX)) {
                    continue;
                }
                Set<String> terms = new HashSet<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    Terms t = leaf.reader().terms(field.name);
                    if (t != null) {
                        TermsEnum e = t.iterator();
                        for (BytesRef term = e.next(); term != null; term = e.next()) {
                            terms.add(term.utf8ToString());
                        }
                    }
                }
                out.put(field.name.substring(Fields.BODY_PREFIX.length()), terms);
            }
        }
        return out;
    }

    /** One article's preparation: its facts when it was written, else what went wrong. */
    private record Prepared(Article article, Optional<ArticleFacts> facts, String failure) {}

    /**
     * Articles are prepared and written on every core (IndexWriter takes documents from many threads). An
     * article's previous documents are deleted only once its new version is prepared: a delete by term
     * touches only documents added before it, so the new ones stay.
     */
    private List<Prepared> prepareAndWrite(
            List<Article> articles, Set<String> previous, Corpus corpus, IndexWriter writer) throws IOException {
        if (articles.isEmpty()) {
            return List.of();
        }
        ArticlePreparer preparer = new ArticlePreparer(
                new TranslationSentences(new SentenceSegmenter(), detector.apply(corpus)), new ArticleAligner());
        QuantityExtractor quantities = new QuantityExtractor();
        IndexBuilder builder = new IndexBuilder(new SentenceSignals(quantities));
        int threads = Math.min(articles.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Prepared>> pending = new ArrayList<>();
            for (Article article : articles) {
                pending.add(pool.submit(() -> {
                    PreparedArticle prepared;
                    ArticleFacts facts;
                    // The facts and the index fields read the same quantities: each sentence is scanned once.
                    RememberedQuantities articleQuantities = new RememberedQuantities(quantities);
                    try {
                        prepared = preparer.prepare(article);
                        facts = new FactExtractor(articleQuantities)
                                .extract(article.id(), prepared.sentences(), prepared.alignment());
                    } catch (LanguageModelUnavailableException e) {
                        throw e; // every article would be wrong: the build stops and the served index stays
                    } catch (RuntimeException | StackOverflowError e) {
                        return new Prepared(
                                article,
                                Optional.empty(),
                                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                    }
                    if (previous.contains(article.id())) {
                        writer.deleteDocuments(new Term(Fields.ARTICLE, article.id()));
                    }
                    builder.add(writer, prepared, new SentenceSignals(articleQuantities));
                    return new Prepared(article, Optional.of(facts), "");
                }));
            }
            List<Prepared> out = new ArrayList<>();
            for (Future<Prepared> f : pending) {
                out.add(f.get());
            }
            // Each thread's buffered documents are written out on every core at once: the commit would flush
            // them one after another on one thread (a tenth of a build's time at 10^5 sentences).
            List<Future<?>> flushes = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                flushes.add(pool.submit(() -> {
                    while (writer.flushNextBuffer()) {
                        // until no buffer is left to flush
                    }
                    return null;
                }));
            }
            for (Future<?> f : flushes) {
                f.get();
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io
                    ? io
                    : new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            awaitEnd(pool);
        }
    }

    /**
     * After a failed article the others may still be preparing (it does not look at interrupts): they are waited
     * for, so that what they hold is garbage before the caller goes on. When memory ran out, opening the previous
     * index beside them ran out too (index -Xmx72m ended with status 3 instead of keeping the previous index).
     */
    private static void awaitEnd(ExecutorService pool) {
        try {
            // Bounded: the build lock, held until then, keeps other builds waiting.
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether a file the article's indexed version was read from (or its metadata, or its whole folder) could not
     * be read now. Only a file left out counts: a notice (an unknown key in article.yaml, say) is no reason to
     * keep the old version, and the edit takes effect.
     */
    private static boolean brokeAFileOf(String id, ArticleEntry entry, List<CorpusProblem> problems) {
        return problems.stream().filter(CorpusProblem::fileSkipped).anyMatch(p -> {
            String name = fileName(p.file());
            return name.equals(id) || entry.files().contains(name) || name.equals(METADATA_FILE);
        });
    }

    /** Problems in an article's folder or about the folder itself, by article id (the folder's name). */
    private static Map<String, List<CorpusProblem>> problemsByArticle(Path corpusDir, List<CorpusProblem> problems) {
        Map<String, List<CorpusProblem>> out = new TreeMap<>();
        Path root = corpusDir.toAbsolutePath().normalize();
        for (CorpusProblem p : problems) {
            Path file = p.file().toAbsolutePath().normalize();
            if (file.startsWith(root) && !file.equals(root)) {
                out.computeIfAbsent(root.relativize(file).getName(0).toString(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        return out;
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
    }
}
