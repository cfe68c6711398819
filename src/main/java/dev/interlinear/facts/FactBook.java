package dev.interlinear.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The facts of every article, kept beside the Lucene index of the same generation ({@value #FILE}) and
 * queried by the facts commands and by answers that need to say where translations disagree.
 */
public final class FactBook {

    public static final String FILE = "facts.json";

    private final List<ArticleFacts> articles;
    /** The facts by article id: every answer asks for its article's discrepancies, which a scan made slow. */
    private final Map<String, List<ArticleFacts>> byArticle = new HashMap<>();

    public FactBook(List<ArticleFacts> articles) {
        this.articles = List.copyOf(articles);
        this.articles.forEach(a -> byArticle.computeIfAbsent(a.article(), k -> new ArrayList<>()).add(a));
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
            return new FactBook(new FactsJson().read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public void save(Path generation) throws IOException {
        new FactsJson().write(articles, generation.resolve(FILE));
    }

    public List<ArticleFacts> articles() {
        return articles;
    }

    private Stream<ArticleFacts> in(Optional<String> article) {
        return article.isEmpty() ? articles.stream() : byArticle.getOrDefault(article.get(), List.of()).stream();
    }

    public List<QuantityFact> quantities(Optional<String> article, Optional<FactKind> kind) {
        return in(article).flatMap(a -> a.quantities().stream())
                .filter(q -> kind.isEmpty() || q.kind() == kind.get()).toList();
    }

    public List<QuoteFact> quotes(Optional<String> speaker) {
        return articles.stream().flatMap(a -> a.quotes().stream()
                        .filter(q -> speaker.isEmpty() || a.speakerOf(q).map(e -> e.isCalled(speaker.get()))
                                .orElse(Names.key(q.speaker()).equals(Names.key(speaker.get())))))
                .toList();
    }

    /** Quantity facts and quotes in sentences that mention the entity of that name. */
    public List<QuantityFact> quantitiesMentioning(String name) {
        return articles.stream().flatMap(a -> a.entityCalled(name).stream().flatMap(e -> a.quantities().stream()
                .filter(q -> e.mentionsIn(q.lang()).contains(q.sentenceIndex())))).toList();
    }

    public List<Discrepancy> discrepancies(Optional<String> article) {
        return in(article).flatMap(a -> a.discrepancies().stream()).toList();
    }

    /** The discrepancy a sentence is part of, if any. */
    public Optional<Discrepancy> discrepancyAt(String article, String lang, int sentenceIndex) {
        return in(Optional.of(article)).flatMap(a -> a.discrepancies().stream())
                .filter(d -> (d.left().lang().equals(lang) && d.left().sentenceIndex() == sentenceIndex)
                        || (d.right().lang().equals(lang) && d.right().sentenceIndex() == sentenceIndex))
                .findFirst();
    }

    /** Names of people and organisations, each once, sorted. */
    public List<String> entityNames() {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        articles.forEach(a -> a.entities().forEach(e -> names.add(e.name())));
        return List.copyOf(names);
    }

    /** The people quoted, each once, sorted. */
    public List<String> speakers() {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        articles.forEach(a -> a.quotes().forEach(q -> names.add(a.speakerOf(q).map(Entity::name).orElse(q.speaker()))));
        return List.copyOf(names);
    }

    public boolean isEntity(String name) {
        return articles.stream().anyMatch(a -> a.entityCalled(name).isPresent());
    }

    /** Whether a name contains typed text, case and accents ignored: for autocomplete. */
    public static boolean nameContains(String name, String typed) {
        return Names.fold(name).contains(Names.fold(typed.strip()));
    }
}
