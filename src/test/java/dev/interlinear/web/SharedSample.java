package dev.interlinear.web;

import dev.interlinear.app.SampleCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes one index of the sample articles, built once per test run (building it takes seconds)
 * and closed and deleted when the run ends: JUnit keeps it in the root store. Read it only; a test that
 * changes articles needs a corpus of its own.
 */
final class SharedSample implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSample.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SampleCorpus.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Held.class, k -> Held.open(), Held.class).sample();
    }

    /** The index and its folder, closed and deleted with the root store. */
    private record Held(SampleCorpus sample, Path dir) implements AutoCloseable {

        static Held open() {
            try {
                Path dir = Files.createTempDirectory("interlinear-web-sample");
                return new Held(SampleCorpus.open(SampleCorpus.ARTICLES, dir.resolve("data")), dir);
            } catch (IOException e) {
                throw new IllegalStateException("cannot make a folder for the sample index", e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                sample.close();
            } catch (Exception e) {
                throw new IOException("cannot close the sample index", e);
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
