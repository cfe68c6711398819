package dev.interlinear.facts;

import dev.interlinear.language.Folding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The facts of every article, kept beside the Lucene index of the same generation ({@value #FILE}) and
 * queried by the facts commands and by answers that need to say where translations disagree.
 */
public final class FactBook {

    public static final String FILE = "facts.json";

    /** Article ids in the order of the facts. */
    private final List<String> ids;
    /**
     * The facts by article id: every answer asks for its article's discrepancies, which a scan made slow.
     * Over a file's bytes until every article has been read; then over the objects, and the bytes are let go.
     */
    private volatile Function<String, List<ArticleFacts>> byArticle;
    /** Every article's facts, in order; read on first use when the book was opened from a file. */
    private volatile List<ArticleFacts> articles;

    public FactBook(List<ArticleFacts> articles) {
        this.articles = List.copyOf(articles);
        this.ids = this.articles.stream().map(ArticleFacts::article).distinct().toList();
        this.byArticle = byId(this.articles);
    }

    private static Function<String, List<ArticleFacts>> byId(List<ArticleFacts> articles) {
        Map<String, List<ArticleFacts>> map = new HashMap<>();
        articles.forEach(
                a -> map.computeIfAbsent(a.article(), k -> new ArrayList<>()).add(a));
        return id -> map.getOrDefault(id, List.of());
    }

    /**
     * A book over the bytes of a facts file: an article's facts are read into objects when first asked for,
     * so that opening a large index does not wait for every figure of every article (an answer needs one
     * article's discrepancies; the facts commands read the rest).
     */
    private FactBook(byte[] json, List<FactsJson.Slice> slices) {
        FactsJson reader = new FactsJson();
        Map<String, List<FactsJson.Slice>> where = new LinkedHashMap<>();
        slices.forEach(
                s -> where.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s));
        Map<String, List<ArticleFacts>> read = new ConcurrentHashMap<>();
        this.ids = List.copyOf(where.keySet());
        // Unknown ids (typed by users) are answered without being remembered.
        this.byArticle = id -> !where.containsKey(id)
                ? List.of()
                : read.computeIfAbsent(
                        id,
                        k -> where.get(k).stream()
                                .map(s -> read(reader, json, s))
                                .toList());
    }

    private static ArticleFacts read(FactsJson reader, byte[] json, FactsJson.Slice slice) {
        try {
            return reader.read(json, slice);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the facts of article " + slice.article() + ": " + e.getMessage(), e);
        }
    }

    public static FactBook empty() {
        return new FactBook(List.of());
    }

    /** The facts of a generation; an index built without facts has none. */
    public static FactBook load(Path generation) {
        Path file = generation.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            byte[] json = Files.readAllBytes(file);
            return new FactBook(json, new FactsJson().slices(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public void save(Path generation) throws IOException {
        new FactsJson().write(articles(), generation.resolve(FILE));
    }

    public List<ArticleFacts> articles() {
        List<ArticleFacts> all = articles;
        if (all == null) {
            synchronized (this) {
                all = articles;
                if (all == null) {
                    Function<String, List<ArticleFacts>> fromFile = byArticle;
                    all = ids.stream()
                            .flatMap(id -> fromFile.apply(id).stream())
                            .toList();
                    byArticle = byId(all); // every article is read: the file's bytes are no longer needed
                    articles = all;
                }
            }
        }
        return all;
    }

    private Stream<ArticleFacts> in(Optional<String> article) {
        return article.isEmpty() ? articles().stream() : byArticle.apply(article.get()).stream();
    }

    public List<QuantityFact> quantities(Optional<String> article, Optional<FactKind> kind) {
        return in(article)
                .flatMap(a -> a.quantities().stream())
                .filter(q -> kind.isEmpty() || q.kind() == kind.get())
                .toList();
    }

    public List<QuoteFact> quotes(Optional<String> speaker) {
        return articles().stream()
                .flatMap(a -> a.quotes().stream()
                        .filter(q -> speaker.isEmpty()
                                || a.speakerOf(q)
                                        .map(e -> e.isCalled(speaker.get()))
                                        .orElse(Names.key(q.speaker()).equals(Names.key(speaker.get())))))
                .toList();
    }

    /** Quantity facts and quotes in sentences that mention the entity of that name. */
    public List<QuantityFact> quantitiesMentioning(String name) {
        return articles().stream()
                .flatMap(a -> a.entityCalled(name).stream()
                        .flatMap(e -> a.quantities().stream()
                                .filter(q -> e.mentionsIn(q.lang()).contains(q.sentenceIndex()))))
                .toList();
    }

    public List<Discrepancy> discrepancies(Optional<String> article) {
        return in(article).flatMap(a -> a.discrepancies().stream()).toList();
    }

    /** The discrepancy a sentence is part of, if any. */
    public Optional<Discrepancy> discrepancyAt(String article, String lang, int sentenceIndex) {
        return in(Optional.of(article))
                .flatMap(a -> a.discrepancies().stream())
                .filter(d -> (d.left().lang().equals(lang) && d.left().sentenceIndex() == sentenceIndex)
                        || (d.right().lang().equals(lang) && d.right().sentenceIndex() == sentenceIndex))
                .findFirst();
    }

    /** Names of people and organisations, each once, sorted. */
    public List<String> entityNames() {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        articles().forEach(a -> a.entities().forEach(e -> names.add(e.name())));
        return List.copyOf(names);
    }

    /** The people quoted, each once, sorted. */
    public List<String> speakers() {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        articles()
                .forEach(a -> a.quotes()
                        .forEach(q -> names.add(a.speakerOf(q).map(Entity::name).orElse(q.speaker()))));
        return List.copyOf(names);
    }

    public boolean isEntity(String name) {
        return articles().stream().anyMatch(a -> a.entityCalled(name).isPresent());
    }

    /** Whether a name contains typed text, case and accents ignored: for autocomplete. */
    public static boolean nameContains(String name, String typed) {
        return Folding.fold(name).contains(Folding.fold(typed.strip()));
    }
}
