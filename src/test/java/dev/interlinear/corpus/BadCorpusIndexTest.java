package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.answer.AnswerResult;
import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.app.App;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.serving.IndexGenerations;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.Reporter;

/**
 * The whole pipeline (App.openIndex: read, segment, align, extract facts, index) on a corpus of the sample
 * article beside bad files: each bad file is read or skipped with a reason naming it, nothing hangs or runs out
 * of memory, and the sample still answers its questions.
 */
class BadCorpusIndexTest {

    private static final String ORACLE_QUESTION = "Mit wem hat OpenAI einen Vertrag über 300 Milliarden unterzeichnet?";
    private static final String ORACLE_SENTENCE = "300 Milliarden US-Dollar mit Oracle";
    private static final int FIFTY_MEGABYTES = 50 * 1024 * 1024;

    @Example
    void givenAFiftyMegabyteParagraphBesideTheSample_whenIndexed_thenItIsSkippedAtOnceAndTheSampleAnswers(
            Reporter reporter) throws Exception {
        Path root = Files.createTempDirectory("fifty-megabytes");
        try {
            // GIVEN the sample article with a third translation of 50 MB in one paragraph
            Path corpus = sampleIn(root);
            Path giant = corpus.resolve("openai-compute/en.txt");
            Files.write(
                    giant,
                    oneParagraph(
                            "OpenAI signed a deal with Oracle worth 300 billion dollars, and then ", FIFTY_MEGABYTES));
            long start = System.nanoTime();

            // WHEN indexed
            App app = new App(SampleCorpus.settings(corpus, root.resolve("data")));
            IndexGenerations.Opened opened = app.openIndex(corpus, line -> {});

            // THEN the giant file is named and skipped, and the article still answers from its other translations
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            reporter.publishValue("index with a 50 MB paragraph", took.toMillis() + " ms");
            assertThat(opened.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(giant);
                assertThat(p.reason()).isEqualTo("file too large (52 428 800 bytes; at most 2 097 152); skipped");
            });
            try (var index = opened.index()) {
                AnswerResult r = app.answerService(index).ask(AskRequest.of(ORACLE_QUESTION));
                assertThat(r.answer().orElseThrow().sentence()).contains(ORACLE_SENTENCE);
                assertThat(index.languages()).doesNotContain("en");
            }
            assertThat(took).isLessThan(Duration.ofSeconds(60));
        } finally {
            BadArticlesPropertiesTest.delete(root);
        }
    }

    @Example
    void givenTheSampleBesideEveryKindOfBadFile_whenIndexed_thenEachIsReadOrNamedAndTheSampleAnswers(Reporter reporter)
            throws Exception {
        Path root = Files.createTempDirectory("bad-corpus");
        try {
            Path corpus = sampleIn(root);
            Path sample = corpus.resolve("openai-compute");
            // GIVEN bad files beside the sample's own translations ...
            write(sample.resolve("xx.txt"), "Unknown language.");
            write(sample.resolve("tlh.txt"), "Qapla'! Heghlu'meH QaQ jajvam. OpenAI Oracle 300.");
            write(sample.resolve("de-XX-foo.txt"), "Keine Sprache.");
            write(sample.resolve("..txt"), "Hidden.");
            write(sample.resolve("es.pdf"), "%PDF-1.4 not read");
            write(sample.resolve("fr.txt"), "");
            Files.write(
                    sample.resolve("it.txt"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, (byte) 0xFF, 0});
            // ... the same German text in every encoding, one article each ...
            String german = "Die Größe des Rechenzentrums in Tübingen beträgt 7 Hektar, sagte Jörg Müller.";
            Map<String, byte[]> encodings = Map.of(
                    "latin-1", german.getBytes(Charset.forName("windows-1252")),
                    "utf-16le", german.getBytes(StandardCharsets.UTF_16LE),
                    "utf-16be", german.getBytes(StandardCharsets.UTF_16BE),
                    "utf-16le-bom", ("\uFEFF" + german).getBytes(StandardCharsets.UTF_16LE),
                    "utf-16be-bom", ("\uFEFF" + german).getBytes(StandardCharsets.UTF_16BE),
                    "utf-8-bom", ("\uFEFF" + german).getBytes(StandardCharsets.UTF_8));
            for (var e : encodings.entrySet()) {
                Files.write(
                        Files.createDirectories(corpus.resolve("encoding-" + e.getKey()))
                                .resolve("de.txt"),
                        e.getValue());
            }
            // ... HTML without a body, malformed HTML, Markdown edge cases ...
            Path html = Files.createDirectories(corpus.resolve("html"));
            write(html.resolve("en.html"), "<html><head><title>Only a title</title></head></html>");
            write(html.resolve("de.html"), "<p>Ungeschlossen <b>fett <i>kursiv</p></div></span><<>> <table><td>Zelle");
            Path markdown = Files.createDirectories(corpus.resolve("markdown"));
            write(
                    markdown.resolve("en.md"),
                    "---\ntitle: \"Edge\"\n---\n> > > deep quote\n\n- - - - list\n\n"
                            + "```\nunclosed fence\n\n[link](<a b>) ![img](x \"t\") **bold *it* `code`** <!-- comment\n");
            // ... an empty folder, a broken and a bombing article.yaml, a bad folder name ...
            Files.createDirectories(corpus.resolve("empty-folder"));
            Path brokenYaml = Files.createDirectories(corpus.resolve("broken-yaml"));
            write(brokenYaml.resolve("article.yaml"), "titles: { de: \"unclosed\n  urls: [");
            write(brokenYaml.resolve("de.txt"), "Ein Artikel mit kaputten Metadaten.");
            Path bomb = Files.createDirectories(corpus.resolve("yaml-bomb"));
            write(bomb.resolve("article.yaml"), billionLaughs());
            write(bomb.resolve("de.txt"), "Ein Artikel mit einer YAML-Bombe.");
            Files.createDirectories(corpus.resolve("Bad_Name"));
            // ... and paragraphs that were pathological: 100 000 characters without a space, 120 000 without blank
            // lines
            Path giant = Files.createDirectories(corpus.resolve("giant-paragraphs"));
            write(giant.resolve("en.txt"), "x".repeat(50_000) + "@" + "A.".repeat(25_000));
            write(giant.resolve("de.txt"), "Der Satz über OpenAI und Oracle geht weiter.\n".repeat(120_000 / 45));
            long start = System.nanoTime();

            // WHEN indexed
            App app = new App(SampleCorpus.settings(corpus, root.resolve("data")));
            IndexGenerations.Opened opened = app.openIndex(corpus, line -> {});

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            reporter.publishValue("index of the sample beside bad files", took.toMillis() + " ms");
            // THEN every bad file is named with its reason
            Map<String, String> problems = opened.problems().stream()
                    .collect(Collectors.groupingBy(
                            p -> corpus.relativize(p.file()).toString(),
                            Collectors.mapping(CorpusProblem::reason, Collectors.joining(" | "))));
            assertThat(problems)
                    .containsOnlyKeys(
                            "openai-compute/xx.txt",
                            "openai-compute/de-XX-foo.txt",
                            "openai-compute/..txt",
                            "openai-compute/es.pdf",
                            "openai-compute/fr.txt",
                            "openai-compute/it.txt",
                            "html/en.html",
                            "empty-folder",
                            "broken-yaml/article.yaml",
                            "yaml-bomb/article.yaml",
                            "Bad_Name");
            assertThat(problems.get("openai-compute/fr.txt")).isEqualTo("empty file; skipped");
            assertThat(problems.get("openai-compute/it.txt")).isEqualTo("not a text file (binary data); skipped");
            assertThat(problems.get("html/en.html")).isEqualTo("HTML without text content; skipped");
            // (Jackson does not expand YAML aliases: the bomb is only keys nobody knows)
            assertThat(problems.get("yaml-bomb/article.yaml")).startsWith("unknown key 'a' ignored");
            assertThat(problems.get("openai-compute/..txt")).startsWith("hidden file");
            assertThat(problems.get("openai-compute/xx.txt")).contains("'xx' is not a language tag");
            assertThat(problems.get("openai-compute/de-XX-foo.txt")).contains("'de-XX-foo' is not a language tag");
            try (var index = opened.index()) {
                AnswerService service = app.answerService(index);
                // THEN the sample still answers, every encoding was read right, and the odd files are searchable
                assertThat(service.ask(AskRequest.of(ORACLE_QUESTION))
                                .answer()
                                .orElseThrow()
                                .sentence())
                        .contains(ORACLE_SENTENCE);
                for (String encoding : encodings.keySet()) {
                    assertThat(service.sentence("encoding-" + encoding, "de", 0))
                            .as(encoding)
                            .hasValueSatisfying(a -> assertThat(a.sentence()).isEqualTo(german));
                }
                assertThat(service.sentence("openai-compute", "tlh", 0)).isPresent();
                assertThat(service.sentence("markdown", "en", 0))
                        .hasValueSatisfying(a -> assertThat(a.title()).isEqualTo("Edge"));
                assertThat(service.sentence("html", "de", 0))
                        .hasValueSatisfying(a -> assertThat(a.sentence()).startsWith("Ungeschlossen fett kursiv"));
                assertThat(index.translations())
                        .extracting(t -> t.article() + "/" + t.lang())
                        .contains("giant-paragraphs/en", "giant-paragraphs/de", "broken-yaml/de", "yaml-bomb/de");
                AnswerResult tuebingen = service.ask(AskRequest.of("Wie groß ist das Rechenzentrum in Tübingen?"));
                assertThat(tuebingen.answer().orElseThrow().sentence()).isEqualTo(german);
            }
            assertThat(took).isLessThan(Duration.ofSeconds(90));
        } finally {
            BadArticlesPropertiesTest.delete(root);
        }
    }

    /** A copy of the sample article in a corpus folder of its own. */
    private static Path sampleIn(Path root) throws IOException {
        Path corpus = root.resolve("articles");
        Path article = Files.createDirectories(corpus.resolve("openai-compute"));
        for (String file : List.of("article.yaml", "de.txt", "pt.txt")) {
            Files.copy(SampleCorpus.ARTICLES.resolve("openai-compute").resolve(file), article.resolve(file));
        }
        return corpus;
    }

    /** {@code size} bytes of one paragraph: the clause repeated, no line break anywhere. */
    private static byte[] oneParagraph(String clause, int size) {
        byte[] piece = clause.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[size];
        for (int i = 0; i < size; i += piece.length) {
            System.arraycopy(piece, 0, out, i, Math.min(piece.length, size - i));
        }
        return out;
    }

    /** The YAML form of the billion laughs: nine levels of aliases, each ten times the one before. */
    private static String billionLaughs() {
        StringBuilder yaml =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        return yaml.toString();
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
