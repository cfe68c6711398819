package dev.interlinear.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a folder in the corpus layout: one subfolder per article, one file per translation
 * ({@code <lang>.txt|md|html|htm}) and an optional {@code article.yaml}.
 *
 * <p>Every file that cannot be used becomes a {@link CorpusProblem} and everything else is still loaded:
 * one broken translation must not take the bot down. Only a missing articles folder is fatal
 * ({@link CorpusException}), because then the configuration itself is wrong.
 * The result is deterministic: articles by id, translations by file name.
 *
 * <p>The folder is untrusted input: nothing outside it is read ({@link ArticlesFolder}).
 */
public final class CorpusLoader {
    private static final Pattern ARTICLE_ID = Pattern.compile("[a-z0-9-]+");
    private static final String METADATA_FILE = "article.yaml";
    /**
     * A translation file larger than this is skipped unread: it would take minutes to index and gigabytes of
     * memory, and no article is that long (the largest chapters of the Debian Reference are under 200 KB).
     */
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    /** article.yaml holds a few titles and links. */
    public static final int MAX_METADATA_BYTES = 1024 * 1024;

    private final DocumentReaders readers;
    private final TextDecoder decoder;
    private final ArticleMetadataReader metadataReader;

    public CorpusLoader() {
        this(DocumentReaders.standard(), new TextDecoder(), new ArticleMetadataReader());
    }

    public CorpusLoader(DocumentReaders readers, TextDecoder decoder, ArticleMetadataReader metadataReader) {
        this.readers = readers;
        this.decoder = decoder;
        this.metadataReader = metadataReader;
    }

    /**
     * @throws CorpusException when {@code articlesDir} does not exist, is not a folder or cannot be listed
     */
    public Corpus load(Path articlesDir) {
        if (!Files.exists(articlesDir)) {
            throw new CorpusException("articles folder not found: " + articlesDir);
        }
        if (!Files.isDirectory(articlesDir)) {
            throw new CorpusException("articles path is not a folder: " + articlesDir);
        }
        List<CorpusProblem> problems = new ArrayList<>();
        List<Article> loadedArticles = new ArrayList<>();
        ArticlesFolder articles;
        List<Path> entries;
        try {
            articles = ArticlesFolder.of(articlesDir);
            entries = sortedEntries(articlesDir);
        } catch (IOException e) {
            throw new CorpusException("cannot list the articles folder " + articlesDir + ": " + describe(e));
        }
        // Articles are read on every core (parsing and decoding were a serial part of indexing), each with its
        // own list of problems; the results are joined in folder order, so the corpus stays deterministic.
        List<LoadedEntry> loaded = entries.parallelStream().map(entry -> loadEntry(articles, entry)).toList();
        for (LoadedEntry entry : loaded) {
            problems.addAll(entry.problems());
            entry.article().ifPresent(loadedArticles::add);
        }
        return new Corpus(loadedArticles, problems);
    }

    /** What one entry of the articles folder gave: an article or nothing, and its problems. */
    private record LoadedEntry(Optional<Article> article, List<CorpusProblem> problems) {
    }

    private LoadedEntry loadEntry(ArticlesFolder articles, Path entry) {
        String name = entry.getFileName().toString();
        List<CorpusProblem> problems = new ArrayList<>();
        // Hidden entries are not part of the layout (a ConfigMap's ..data and ..2026_12_06_xx among them).
        if (name.startsWith(".")) {
            return new LoadedEntry(Optional.empty(), problems);
        }
        Optional<Path> real = inside(articles, entry, "skipped", problems);
        // Files beside the article folders (README, SOURCE.md) are not part of the layout either.
        if (real.isEmpty() || !Files.isDirectory(real.get())) {
            return new LoadedEntry(Optional.empty(), problems);
        }
        if (!ARTICLE_ID.matcher(name).matches()) {
            problems.add(new CorpusProblem(entry,
                    "folder name is not a valid article id (use lower-case letters, digits and '-'); skipped"));
            return new LoadedEntry(Optional.empty(), problems);
        }
        return new LoadedEntry(loadArticle(articles, entry, real.get(), name, problems), problems);
    }

    /**
     * @param folder the article's folder as found in the articles folder (what problems and sources name)
     * @param real   its real path, inside the articles folder
     */
    private Optional<Article> loadArticle(ArticlesFolder articles, Path folder, Path real, String id,
                                          List<CorpusProblem> problems) {
        List<Path> files;
        try {
            files = sortedEntries(real).stream().map(f -> folder.resolve(f.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.add(new CorpusProblem(folder, "cannot list the article folder: " + describe(e) + "; article skipped"));
            return Optional.empty();
        }
        ArticleMetadata metadata = ArticleMetadata.none();
        Path metadataFile = folder.resolve(METADATA_FILE);
        if (files.contains(metadataFile)) {
            metadata = readMetadata(articles, metadataFile, problems);
        }

        Map<String, Translation> translations = new LinkedHashMap<>();
        Map<String, Path> sourceOfLanguage = new LinkedHashMap<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            if (fileName.equals(METADATA_FILE)) {
                continue;
            }
            if (fileName.startsWith(".")) {
                // .DS_Store and the like are no concern, but "..txt" or ".de.txt" looks like a translation meant to be read.
                if (looksLikeTranslation(fileName)) {
                    problems.add(new CorpusProblem(file, "hidden file (its name starts with '.'), not read as a translation; ignored"));
                }
                continue;
            }
            Optional<Path> realFile = inside(articles, file, "skipped", problems);
            if (realFile.isEmpty()) {
                continue;
            }
            if (Files.isDirectory(realFile.get())) {
                problems.add(new CorpusProblem(file, "unexpected folder inside an article; ignored"));
                continue;
            }
            int dot = fileName.lastIndexOf('.');
            String extension = dot < 0 ? "" : fileName.substring(dot + 1);
            Optional<DocumentReader> reader = readers.forExtension(extension);
            if (dot <= 0 || reader.isEmpty()) {
                problems.add(new CorpusProblem(file, "not a translation file (expected <lang>."
                        + String.join("|", new TreeSet<>(readers.extensions())) + "); ignored"));
                continue;
            }
            String tagText = fileName.substring(0, dot);
            Optional<String> lang = LanguageTag.normalise(tagText);
            if (lang.isEmpty()) {
                problems.add(new CorpusProblem(file,
                        "'" + tagText + "' is not a language tag (BCP 47, for example de, pt-BR); skipped"));
                continue;
            }
            if (sourceOfLanguage.containsKey(lang.get())) {
                problems.add(new CorpusProblem(file, "second file for language " + lang.get() + " (already read from "
                        + sourceOfLanguage.get(lang.get()).getFileName() + "); skipped"));
                continue;
            }
            Optional<ParsedDocument> document = readDocument(articles, realFile.get(), file, reader.get(), problems);
            if (document.isEmpty()) {
                continue;
            }
            sourceOfLanguage.put(lang.get(), file);
            translations.put(lang.get(), new Translation(id, lang.get(),
                    title(lang.get(), id, document.get(), metadata),
                    Optional.ofNullable(metadata.urls().get(lang.get())),
                    file,
                    document.get().blocks()));
        }
        if (translations.isEmpty()) {
            problems.add(new CorpusProblem(folder, "article has no usable translation; skipped"));
            return Optional.empty();
        }
        return Optional.of(new Article(id, metadata.original(), translations));
    }

    /** The real path of an entry when it may be read, else a problem naming it ("...; {@code skipped}"). */
    private static Optional<Path> inside(ArticlesFolder articles, Path entry, String skipped, List<CorpusProblem> problems) {
        try {
            return Optional.of(articles.inside(entry));
        } catch (UnreadableDocumentException e) {
            problems.add(new CorpusProblem(entry, e.getMessage() + "; " + skipped));
        } catch (IOException e) {
            problems.add(new CorpusProblem(entry, "cannot be read: " + describe(e) + "; " + skipped));
        }
        return Optional.empty();
    }

    private boolean looksLikeTranslation(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && readers.forExtension(fileName.substring(dot + 1)).isPresent();
    }

    private ArticleMetadata readMetadata(ArticlesFolder articles, Path file, List<CorpusProblem> problems) {
        String ignored = "metadata of this article ignored";
        Optional<Path> real = inside(articles, file, ignored, problems);
        if (real.isEmpty()) {
            return ArticleMetadata.none();
        }
        String content;
        try {
            content = decoder.decode(readBounded(articles, real.get(), MAX_METADATA_BYTES));
        } catch (UnreadableDocumentException e) {
            if (e.getMessage().equals("empty file")) {
                return ArticleMetadata.none(); // an empty article.yaml says nothing, which is allowed
            }
            problems.add(new CorpusProblem(file, e.getMessage() + "; " + ignored));
            return ArticleMetadata.none();
        } catch (IOException e) {
            problems.add(new CorpusProblem(file, "cannot be read: " + describe(e) + "; " + ignored));
            return ArticleMetadata.none();
        }
        ArticleMetadataReader.Result result = metadataReader.read(content);
        for (String problem : result.problems()) {
            problems.add(new CorpusProblem(file, problem,
                    result.ignored() ? CorpusProblem.Effect.FILE_SKIPPED : CorpusProblem.Effect.NOTICE));
        }
        return result.metadata();
    }

    private Optional<ParsedDocument> readDocument(ArticlesFolder articles, Path real, Path file, DocumentReader reader,
                                                  List<CorpusProblem> problems) {
        try {
            ParsedDocument document = reader.read(decoder.decode(readBounded(articles, real, MAX_FILE_BYTES)));
            return Optional.of(new ParsedDocument(document.title(), LongBlocks.split(document.blocks())));
        } catch (UnreadableDocumentException e) {
            problems.add(new CorpusProblem(file, e.getMessage() + "; skipped"));
        } catch (IOException e) {
            problems.add(new CorpusProblem(file, "cannot be read: " + describe(e) + "; skipped"));
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug or a pathological file must cost one translation, never the whole corpus.
            problems.add(new CorpusProblem(file, "could not be parsed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + Whitespace.collapse(e.getMessage())) + "); skipped"));
        }
        return Optional.empty();
    }

    /**
     * The file's bytes, refused before reading when there are more than {@code max}: the check runs on the size
     * first, then on what is read, so a device or a growing file cannot fill the memory either.
     *
     * @param real a path {@link ArticlesFolder#inside} returned: it is opened, not the link that led to it
     */
    private static byte[] readBounded(ArticlesFolder articles, Path real, int max) throws IOException, UnreadableDocumentException {
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new UnreadableDocumentException("not a regular file");
        }
        if (attributes.size() > max) {
            throw tooLarge(attributes.size(), max);
        }
        try (InputStream in = articles.open(real)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw tooLarge(Math.max(attributes.size(), bytes.length), max);
            }
            return bytes;
        }
    }

    private static UnreadableDocumentException tooLarge(long size, int max) {
        return new UnreadableDocumentException(String.format(Locale.ROOT,
                "file too large (%,d bytes; at most %,d)", size, max).replace(',', ' '));
    }

    /** article.yaml title, then the document's own title, then its first heading, then the article id. */
    private static String title(String lang, String id, ParsedDocument document, ArticleMetadata metadata) {
        return Optional.ofNullable(metadata.titles().get(lang))
                .or(document::title)
                .or(() -> document.blocks().stream()
                        .filter(b -> b.kind() == BlockKind.HEADING)
                        .map(Block::text)
                        .findFirst())
                .orElse(id);
    }

    private static List<Path> sortedEntries(Path folder) throws IOException {
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "file disappeared while loading";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return Whitespace.collapse(fs.getReason()); // the problem names the file already
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : Whitespace.collapse(e.getMessage());
    }
}
