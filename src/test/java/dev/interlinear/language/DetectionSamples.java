package dev.interlinear.language;

import dev.interlinear.segment.TranslationSentences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/** Texts to try language detection on: the real paragraphs of the sample and Debian corpora. */
final class DetectionSamples {

    /** What a paragraph is cut to when indexing (see {@link TranslationSentences}). */
    private static final int OPENING = 200;

    private DetectionSamples() {}

    /**
     * Every paragraph of the sample articles and of the Debian reference corpus, and its first 200 chars: the raw
     * files cut at blank lines (markup and all), and the text of the HTML files' block elements.
     */
    static List<String> paragraphs() {
        Set<String> texts = new LinkedHashSet<>();
        for (Path file : files(Path.of("config/articles"), Path.of("eval/corpora/debian-reference"))) {
            String raw = read(file);
            for (String paragraph : raw.split("\\n\\s*\\n")) {
                addWithOpening(texts, paragraph.strip());
            }
            if (file.toString().endsWith(".html")) {
                for (var element : Jsoup.parse(raw).select("p, li, dt, dd, td, th, h1, h2, h3, h4, pre, title")) {
                    addWithOpening(texts, element.text().strip());
                }
            }
        }
        return List.copyOf(texts);
    }

    private static void addWithOpening(Set<String> texts, String paragraph) {
        if (!paragraph.isEmpty()) {
            texts.add(paragraph);
            texts.add(paragraph.length() > OPENING ? paragraph.substring(0, OPENING) : paragraph);
        }
    }

    private static List<Path> files(Path... roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".txt")
                                || p.toString().endsWith(".html")
                                || p.toString().endsWith(".md"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
