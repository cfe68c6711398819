package dev.interlinear.tools;

import dev.interlinear.app.App;
import dev.interlinear.config.Settings;
import dev.interlinear.config.SettingsLoader;
import dev.interlinear.index.IndexedSentence;
import dev.interlinear.index.SentenceIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes every sentence of a corpus as the index holds it (its split, its alignment group, its numbers and
 * features), one per line, sorted: two builds of the same articles give the same file exactly when the
 * sentence splits and alignments are the same. A tool for refactoring, not a test:
 * {@code java -cp target/interlinear.jar:target/test-classes dev.interlinear.tools.CorpusSnapshot CORPUS OUT}.
 */
public final class CorpusSnapshot {

    private CorpusSnapshot() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path data = Files.createTempDirectory("snapshot");
        Settings settings = new SettingsLoader(System::getenv)
                .load(Path.of("config/interlinear.yaml"))
                .withCorpus(corpus)
                .withDataDir(data);
        App app = new App(settings);
        try (SentenceIndex index = app.openIndex(corpus, line -> {}).index();
                PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            List<IndexedSentence> all = index.translations().stream()
                    .flatMap(t -> index.translation(t.article(), t.lang()).stream())
                    .sorted(Comparator.comparing(IndexedSentence::article)
                            .thenComparing(IndexedSentence::lang)
                            .thenComparingInt(IndexedSentence::index))
                    .toList();
            for (IndexedSentence s : all) {
                w.println(String.join(
                        "\t",
                        s.article(),
                        s.lang(),
                        s.textLang(),
                        Integer.toString(s.index()),
                        Integer.toString(s.block()),
                        s.kind(),
                        s.group(),
                        s.text(),
                        s.title(),
                        new TreeSet<>(s.numbers()).toString(),
                        new TreeSet<>(s.features()).toString()));
            }
        }
    }
}
