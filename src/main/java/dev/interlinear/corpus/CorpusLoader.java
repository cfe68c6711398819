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
 * <p>The folder is untrusted input: nothing outside it is read ({@link ArticlesFolder}), and what is read is
 * bounded ({@link CorpusLimits}), so that one file can cost its translation but never the build.
 */
public final class CorpusLoader {
    private static final Pattern ARTICLE_ID = Pattern.compile("[a-z0-9-]+");
    private static final String METADATA_FILE = "article.yaml";

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
        List<LoadedEntry> loaded = entries.parallelStream()
                .map(entry -> loadEntry(articles, entry))
                .toList();
        for (LoadedEntry entry : loaded) {
            problems.addAll(entry.problems());
            entry.article().ifPresent(loadedArticles::add);
        }
        return new Corpus(loadedArticles, problems);
    }

    /** What one entry of the articles folder gave: an article or nothing, and its problems. */
    private record LoadedEntry(Optional<Article> article, List<CorpusProblem> problems) {}

    /** Whether a folder name of the articles folder is an article id (DESIGN.md, corpus layout). */
    public static boolean isArticleId(String name) {
        return ARTICLE_ID.matcher(name).matches();
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
        if (!isArticleId(name)) {
            problems.add(new CorpusProblem(
                    entry, "folder name is not a valid article id (use lower-case letters, digits and '-'); skipped"));
            return new LoadedEntry(Optional.empty(), problems);
        }
        return new LoadedEntry(loadArticle(articles, entry, real.get(), name, problems), problems);
    }

    /**
     * @param folder the article's folder as found in the articles folder (what problems and sources name)
     * @param real   its real path, inside the articles folder
     */
    private Optional<Article> loadArticle(
            ArticlesFolder articles, Path folder, Path real, String id, List<CorpusProblem> problems) {
        List<Path> files;
        try {
            files = sortedEntries(real).stream()
                    .map(f -> folder.resolve(f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(
                    new CorpusProblem(folder, "cannot list the article folder: " + describe(e) + "; article skipped"));
            return Optional.empty();
        }
        ArticleMetadata metadata = ArticleMetadata.none();
        Path metadataFile = folder.resolve(METADATA_FILE);
        if (files.contains(metadataFile)) {
            metadata = readMetadata(articles, metadataFile, problems);
        }

        Map<String, Translation> translations = new LinkedHashMap<>();
        Map<String, Path> sourceOfLanguage = new LinkedHashMap<>();
        long articleCodePoints = 0;
        long articleBlocks = 0;
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            if (fileName.equals(METADATA_FILE)) {
                continue;
            }
            if (fileName.startsWith(".")) {
                // .DS_Store and the like are no concern, but "..txt" or ".de.txt" looks like a translation meant to be
                // read.
                if (looksLikeTranslation(fileName)) {
                    problems.add(new CorpusProblem(
                            file, "hidden file (its name starts with '.'), not read as a translation; ignored"));
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
                problems.add(new CorpusProblem(
                        file,
                        "not a translation file (expected <lang>."
                                + String.join("|", new TreeSet<>(readers.extensions())) + "); ignored"));
                continue;
            }
            String tagText = fileName.substring(0, dot);
            Optional<String> lang = LanguageTag.normalise(tagText);
            if (lang.isEmpty()) {
                problems.add(new CorpusProblem(
                        file, "'" + tagText + "' is not a language tag (BCP 47, for example de, pt-BR); skipped"));
                continue;
            }
            if (sourceOfLanguage.containsKey(lang.get())) {
                problems.add(new CorpusProblem(
                        file,
                        "second file for language " + lang.get() + " (already read from "
                                + sourceOfLanguage.get(lang.get()).getFileName() + "); skipped"));
                continue;
            }
            Optional<TranslationFile> read = readTranslation(articles, file, realFile.get(), reader.get(), problems);
            if (read.isEmpty()) {
                continue;
            }
            // The translations of an article are prepared together, so together they must fit too; those that
            // come first by file name are taken.
            if (articleCodePoints + read.get().codePoints() > CorpusLimits.ARTICLE_CODE_POINTS) {
                problems.add(new CorpusProblem(
                        file,
                        "the article would be too long with this translation ("
                                + figure(articleCodePoints + read.get().codePoints())
                                + " code points in all its translations; at most "
                                + figure(CorpusLimits.ARTICLE_CODE_POINTS) + "); skipped"));
                continue;
            }
            if (articleBlocks + read.get().blocks() > CorpusLimits.ARTICLE_BLOCKS) {
                problems.add(new CorpusProblem(
                        file,
                        "the article would have too many paragraphs with this translation ("
                                + figure(articleBlocks + read.get().blocks())
                                + " blocks in all its translations; at most "
                                + figure(CorpusLimits.ARTICLE_BLOCKS) + "); skipped"));
                continue;
            }
            articleCodePoints += read.get().codePoints();
            articleBlocks += read.get().blocks();
            read.get().notices().forEach(n -> problems.add(new CorpusProblem(file, n, CorpusProblem.Effect.NOTICE)));
            sourceOfLanguage.put(lang.get(), file);
            translations.put(
                    lang.get(),
                    new Translation(
                            id,
                            lang.get(),
                            title(lang.get(), id, read.get().document(), metadata, file, metadataFile, problems),
                            Optional.ofNullable(metadata.urls().get(lang.get())),
                            file,
                            read.get().document().blocks()));
        }
        if (translations.isEmpty()) {
            // A notice: the files that could not be read (if any) are problems of their own; a folder left with
            // only article.yaml is an article taken away, not a broken one whose previous version should stay.
            problems.add(new CorpusProblem(
                    folder, "article has no usable translation; skipped", CorpusProblem.Effect.NOTICE));
            return Optional.empty();
        }
        return Optional.of(new Article(id, metadata.original(), translations));
    }

    /** The real path of an entry when it may be read, else a problem naming it ("...; {@code skipped}"). */
    private static Optional<Path> inside(
            ArticlesFolder articles, Path entry, String skipped, List<CorpusProblem> problems) {
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
        TextDecoder.Decoded content;
        try {
            content = decoder.read(readBounded(articles, real.get(), CorpusLimits.METADATA_BYTES));
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
        content.notices().forEach(n -> problems.add(new CorpusProblem(file, n, CorpusProblem.Effect.NOTICE)));
        ArticleMetadataReader.Result result = metadataReader.read(content.text());
        for (String problem : result.problems()) {
            problems.add(new CorpusProblem(
                    file, problem, result.ignored() ? CorpusProblem.Effect.FILE_SKIPPED : CorpusProblem.Effect.NOTICE));
        }
        return result.metadata();
    }

    /**
     * A translation file as read: its document within the limits, the code points and blocks counted against them
     * (before long blocks are cut), and what was dropped from it.
     */
    private record TranslationFile(ParsedDocument document, long codePoints, int blocks, List<String> notices) {}

    private Optional<TranslationFile> readTranslation(
            ArticlesFolder articles, Path file, Path real, DocumentReader reader, List<CorpusProblem> problems) {
        try {
            TextDecoder.Decoded decoded = decoder.read(readBounded(articles, real, CorpusLimits.FILE_BYTES));
            ParsedDocument parsed = reader.read(decoded.text());
            List<String> notices = new ArrayList<>(decoded.notices());
            List<Block> blocks = capCombiningMarks(parsed.blocks(), notices);
            long codePoints = 0;
            for (Block b : blocks) {
                codePoints += b.text().codePointCount(0, b.text().length());
            }
            if (codePoints > CorpusLimits.TRANSLATION_CODE_POINTS) {
                throw new UnreadableDocumentException("text too long (" + figure(codePoints) + " code points; at most "
                        + figure(CorpusLimits.TRANSLATION_CODE_POINTS) + " in a translation)");
            }
            if (blocks.size() > CorpusLimits.TRANSLATION_BLOCKS) {
                throw new UnreadableDocumentException("too many paragraphs (" + figure(blocks.size())
                        + " blocks; at most " + figure(CorpusLimits.TRANSLATION_BLOCKS) + " in a translation)");
            }
            return Optional.of(new TranslationFile(
                    new ParsedDocument(parsed.title(), BlockCutter.cut(blocks)), codePoints, blocks.size(), notices));
        } catch (UnreadableDocumentException e) {
            problems.add(new CorpusProblem(file, e.getMessage() + "; skipped"));
        } catch (IOException e) {
            problems.add(new CorpusProblem(file, "cannot be read: " + describe(e) + "; skipped"));
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug or a pathological file must cost one translation, never the whole corpus.
            problems.add(new CorpusProblem(
                    file,
                    "could not be parsed (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + Whitespace.collapse(e.getMessage()))
                            + "); skipped"));
        }
        return Optional.empty();
    }

    private static List<Block> capCombiningMarks(List<Block> blocks, List<String> notices) {
        List<Block> out = new ArrayList<>(blocks.size());
        long dropped = 0;
        for (Block b : blocks) {
            CombiningMarks.Capped capped = CombiningMarks.cap(b.text(), CorpusLimits.COMBINING_MARKS);
            dropped += capped.dropped();
            out.add(capped.dropped() == 0 ? b : new Block(b.kind(), capped.text()));
        }
        if (dropped > 0) {
            notices.add(figure(dropped) + " combining mark" + (dropped == 1 ? "" : "s") + " dropped (more than "
                    + CorpusLimits.COMBINING_MARKS + " in a row on one character)");
        }
        return out;
    }

    /**
     * The file's bytes, refused before reading when there are more than {@code max}: the check runs on the size
     * first, then on what is read, so a device or a growing file cannot fill the memory either.
     *
     * @param real a path {@link ArticlesFolder#inside} returned: it is opened, not the link that led to it
     */
    private static byte[] readBounded(ArticlesFolder articles, Path real, int max)
            throws IOException, UnreadableDocumentException {
        BasicFileAttributes attributes =
                Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
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
        return new UnreadableDocumentException(
                "file too large (" + figure(size) + " bytes; at most " + figure(max) + ")");
    }

    /** A count with thin groups, as the reasons show them: 8 388 608. */
    private static String figure(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    /**
     * article.yaml title, then the document's own title, then its first heading, then the article id; cut to
     * {@link CorpusLimits#TITLE_CHARS}, with a notice on the file it came from.
     */
    private static String title(
            String lang,
            String id,
            ParsedDocument document,
            ArticleMetadata metadata,
            Path file,
            Path metadataFile,
            List<CorpusProblem> problems) {
        Optional<String> fromMetadata = Optional.ofNullable(metadata.titles().get(lang));
        String title = fromMetadata
                .or(document::title)
                .or(() -> document.blocks().stream()
                        .filter(b -> b.kind() == BlockKind.HEADING)
                        .map(Block::text)
                        .findFirst())
                .orElse(id);
        String capped = CombiningMarks.cap(title, CorpusLimits.COMBINING_MARKS).text();
        String cut = Titles.cut(capped, CorpusLimits.TITLE_CHARS);
        if (!cut.equals(capped)) {
            problems.add(new CorpusProblem(
                    fromMetadata.isPresent() ? metadataFile : file,
                    (fromMetadata.isPresent() ? "key 'titles." + lang + "': title" : "title") + " of "
                            + figure(capped.codePointCount(0, capped.length())) + " characters cut to "
                            + CorpusLimits.TITLE_CHARS,
                    CorpusProblem.Effect.NOTICE));
        }
        return cut;
    }

    private static List<Path> sortedEntries(Path folder) throws IOException {
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
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
