package dev.interlinear.eval;

import dev.interlinear.corpus.CorpusLoader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Each article of a corpus folder as a corpus of its own, in a temporary folder (removed on {@link #close}).
 *
 * <p>Why: a server often loads one article, or a few. Among a few dozen sentences the same evidence means more
 * than among thousands (fewer sentences compete, and word weights are read from fewer), so a run on the whole
 * corpus does not tell how the bot answers there.
 */
public final class ArticlesAlone implements Closeable {

    private final Path corpus;
    private final Path root;
    private final List<String> articles;

    private ArticlesAlone(Path corpus, Path root, List<String> articles) {
        this.corpus = corpus;
        this.root = root;
        this.articles = List.copyOf(articles);
    }

    /** The article folders of {@code corpus}, in the order of their ids; copies go to the system's temporary folder. */
    public static ArticlesAlone of(Path corpus) throws IOException {
        return of(corpus, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The article folders of {@code corpus}; copies go to a new folder inside {@code temporary}. */
    public static ArticlesAlone of(Path corpus, Path temporary) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> entries = Files.list(corpus)) {
            entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(CorpusLoader::isArticleId) // the folders the corpus reads as articles
                    .sorted()
                    .forEach(ids::add);
        }
        return new ArticlesAlone(corpus, Files.createTempDirectory(temporary, "interlinear-articles-alone"), ids);
    }

    public List<String> articles() {
        return articles;
    }

    /** A corpus folder holding only the article {@code id} (a copy, made on the first call). */
    public Path corpusOf(String id) throws IOException {
        if (!articles.contains(id)) {
            throw new IllegalArgumentException("no article " + id + " in " + corpus);
        }
        Path target = root.resolve("corpora").resolve(id);
        Path article = target.resolve(id);
        if (!Files.isDirectory(article)) {
            Path source = corpus.resolve(id);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.toList()) {
                    Path to = article.resolve(source.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
        }
        return target;
    }

    /** A data folder for the indexes of these corpora, removed with them. */
    public Path dataDir() throws IOException {
        return Files.createDirectories(root.resolve("data"));
    }

    /** The questions about article {@code id}. */
    public static List<EvalQuestion> about(List<EvalQuestion> questions, String id) {
        return questions.stream()
                .filter(q -> q.article().filter(id::equals).isPresent())
                .toList();
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
