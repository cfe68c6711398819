package dev.interlinear;

import dev.interlinear.app.SampleCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The sample articles' index, opened once for all the property tests of a test run: opening it takes seconds,
 * asking it milliseconds, and the tests only read it. Closed and deleted when the JVM ends.
 */
public final class SharedSample {

    private static SampleCorpus sample;

    private SharedSample() {}

    public static synchronized SampleCorpus get() {
        if (sample == null) {
            try {
                Path data = Files.createTempDirectory("shared-sample");
                SampleCorpus opened = SampleCorpus.open(SampleCorpus.ARTICLES, data);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAndDelete(opened, data)));
                sample = opened;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sample;
    }

    private static void closeAndDelete(SampleCorpus opened, Path data) {
        try (Stream<Path> files = Files.walk(data)) {
            opened.close();
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // a temporary folder left behind is no failure of the tests
        }
    }
}
