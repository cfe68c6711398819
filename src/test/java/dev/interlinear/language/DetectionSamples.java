package dev.interlinear.language;

import dev.interlinear.segment.TranslationSentences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/** Texts to compare language detection on: real paragraphs, and random strings built from the normalisers' cases. */
final class DetectionSamples {

    /** What a paragraph is cut to when indexing (see {@link TranslationSentences}). */
    private static final int OPENING = 200;

    private DetectionSamples() {
    }

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
                        .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")
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

    /** Pieces of text for every case of OpenNLP's normalisers, and plain words of several scripts around them. */
    private static final String[] PIECES = {
            // words of several scripts, some upper case, some with combining marks
            "Haus", "Kühlung", "coração", "ação", "¿Dónde", "niño", "über", "STRASSE", "Ærø", "İstanbul", "ıi",
            "the", "was", "und", "que", "des", "quand", "Москва", "привет", "Ελλάδα", "σοφός", "مرحبا",
            "שלום", "नमस्ते", "日本語", "中文", "한국어", "ไทย", "e\u0301t\u00e9", "a\u0308", "\u0301",
            "Ｆｕｌｌ", "ﬁne", "\u212A", "ǅ", "ß", "Σ",
            // digits
            "0", "42", "2024", "3.14", "١٢٣", "٣", "१२", "Ⅻ", "½",
            // punctuation and hyphens
            ".", ",", "!", "?", "-", "--", "–", "—", "'", "\"", "(", ")", ":", ";", "/", "_", "+", "=", "&", "~",
            // URLs and e-mail addresses
            "http://example.org", "https://de.wikipedia.org/wiki/Rechenzentrum?x=1&y=2#top", "http://", "https:/",
            "HTTP://EXAMPLE.ORG", "httpx://a", "http://a.b", "www.example.com", "mail@example.com",
            "first.last+tag@sub.example.co.uk", "a@b", "a@bc", "a@.b", "a@-b", "x@y.", "@@", "a@b@c.de", "me@x_y",
            "_a@bb", "a.b@c-d.e",
            // mentions, hashtags, retweets
            "@user", "@", "#", "#hashtag", "#1", "@Jensen_Huang:", "RT", "rt ", "RT:", "rt:rt ", "Rt rT:", "art ",
            "_rt ", "\u00e9rt ", "e\u0301rt ", "ж\u0301rt ", "1rt:",
            // emoticons and laughter
            ":-)", ":)", ";-(", "xD", "XP", ":-", "x-o", ";o", ":-x", "hahaha", "HaHaHa", "jajaja", "hehe", "jiji",
            "hahah", "hah", "jaJAja", "hjahja", "hhaaha", "ha ha", "Jejeje!", "hihi", "ohoh",
            // emoji, symbols, surrogates, private use
            "😀", "👍🏽", "🇩🇪", "❤️", "★", "\uE000", "\uF8FF", "\uFB01", "\uFE0F", "\uD83C", "\uDFFF", "\uD800",
            "\uD83B", "\uDBFF\uDC00", "\uDBFF\uDC01", "\uDBFF\uDFFD", "\uDBFF", "\uDC00", "𝔘𝔫𝔦", "𐐀", "𐐨",
            // repeated characters
            "cooool", "AaA", "aaa", "!!!", "...", "zzZZzz", "ooo", "ßßß", "😀😀😀", "\uDBFF\uDFFD\uDBFF\uDFFD\uDBFF\uDFFD",
            "\u2029\u2029\u2029", "\u0085\u0085\u0085", "\n\n\n", "éée",
    };

    private static final String[] SEPARATORS = {
            " ", " ", " ", "", "  ", "\t", "\n", " \n ", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "   \t ", "\n\n",
    };

    /** {@code count} random strings of 1 to 30 pieces, reproducible from the seed. */
    static List<String> randomTexts(long seed, int count) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(30);
            for (int p = 0; p < pieces; p++) {
                if (p > 0) {
                    text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                }
                if (random.nextInt(10) == 0) {
                    // a stray code point of any kind, surrogates included
                    text.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x80) : random.nextInt(0x110000));
                } else {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
