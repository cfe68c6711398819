package dev.interlinear.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
        List<Article> articles = new ArrayList<>();
        List<Path> entries;
        try {
            entries = sortedEntries(articlesDir);
        } catch (IOException e) {
            throw new CorpusException("cannot list the articles folder " + articlesDir + ": " + describe(e));
        }
        // Articles are read on every core (parsing and decoding were a serial part of indexing), each with its
        // own list of problems; the results are joined in folder order, so the corpus stays deterministic.
        List<LoadedEntry> loaded = entries.parallelStream().map(this::loadEntry).toList();
        for (LoadedEntry entry : loaded) {
            problems.addAll(entry.problems());
            entry.article().ifPresent(articles::add);
        }
        return new Corpus(articles, problems);
    }

    /** What one entry of the articles folder gave: an article or nothing, and its problems. */
    private record LoadedEntry(Optional<Article> article, List<CorpusProblem> problems) {
    }

    private LoadedEntry loadEntry(Path entry) {
        String name = entry.getFileName().toString();
        List<CorpusProblem> problems = new ArrayList<>();
        // Files beside the article folders (README, SOURCE.md) and hidden entries are not part of the layout.
        if (name.startsWith(".") || !Files.isDirectory(entry)) {
            return new LoadedEntry(Optional.empty(), problems);
        }
        if (!ARTICLE_ID.matcher(name).matches()) {
            problems.add(new CorpusProblem(entry,
                    "folder name is not a valid article id (use lower-case letters, digits and '-'); skipped"));
            return new LoadedEntry(Optional.empty(), problems);
        }
        return new LoadedEntry(loadArticle(entry, name, problems), problems);
    }

    private Optional<Article> loadArticle(Path folder, String id, List<CorpusProblem> problems) {
        List<Path> files;
        try {
            files = sortedEntries(folder);
        } catch (IOException e) {
            problems.add(new CorpusProblem(folder, "cannot list the article folder: " + describe(e) + "; article skipped"));
            return Optional.empty();
        }
        ArticleMetadata metadata = ArticleMetadata.none();
        Path metadataFile = folder.resolve(METADATA_FILE);
        if (Files.exists(metadataFile)) {
            metadata = readMetadata(metadataFile, problems);
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
            if (Files.isDirectory(file)) {
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
            Optional<ParsedDocument> document = readDocument(file, reader.get(), problems);
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

    private boolean looksLikeTranslation(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && readers.forExtension(fileName.substring(dot + 1)).isPresent();
    }

    private ArticleMetadata readMetadata(Path file, List<CorpusProblem> problems) {
        String content;
        try {
            content = decoder.decode(readBounded(file, MAX_METADATA_BYTES));
        } catch (UnreadableDocumentException e) {
            if (e.getMessage().equals("empty file")) {
                return ArticleMetadata.none(); // an empty article.yaml says nothing, which is allowed
            }
            problems.add(new CorpusProblem(file, e.getMessage() + "; metadata of this article ignored"));
            return ArticleMetadata.none();
        } catch (IOException e) {
            problems.add(new CorpusProblem(file, "cannot be read: " + describe(e) + "; metadata of this article ignored"));
            return ArticleMetadata.none();
        }
        ArticleMetadataReader.Result result = metadataReader.read(content);
        for (String problem : result.problems()) {
            problems.add(new CorpusProblem(file, problem,
                    result.ignored() ? CorpusProblem.Effect.FILE_SKIPPED : CorpusProblem.Effect.NOTICE));
        }
        return result.metadata();
    }

    private Optional<ParsedDocument> readDocument(Path file, DocumentReader reader, List<CorpusProblem> problems) {
        try {
            ParsedDocument document = reader.read(decoder.decode(readBounded(file, MAX_FILE_BYTES)));
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
     */
    private static byte[] readBounded(Path file, int max) throws IOException, UnreadableDocumentException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableDocumentException("not a regular file");
        }
        long size = Files.size(file);
        if (size > max) {
            throw tooLarge(size, max);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw tooLarge(Math.max(size, bytes.length), max);
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
        return e.getMessage() == null ? e.getClass().getSimpleName() : Whitespace.collapse(e.getMessage());
    }
}
