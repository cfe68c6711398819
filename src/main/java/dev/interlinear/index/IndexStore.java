package dev.interlinear.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Index generations on disk. Each corpus folder has a slot under {@code <data-dir>/index/}; a slot holds
 * generations named by the corpus fingerprint and a {@code current} file naming the one in use. A new
 * generation is built in a temporary folder and only then named current (an atomic rename), so a failed
 * or interrupted build never breaks the index that is being served.
 */
public final class IndexStore {

    private static final String CURRENT = "current";
    private static final String GENERATION_PREFIX = "g-";

    private final Path slot;

    public IndexStore(Path dataDir, Path corpusDir) {
        this.slot = dataDir.resolve("index").resolve(slotName(corpusDir));
    }

    /** The generation in use, if any. */
    public Optional<Path> current() {
        Path pointer = slot.resolve(CURRENT);
        try {
            if (!Files.isRegularFile(pointer)) {
                return Optional.empty();
            }
            Path generation = slot.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
            return Files.isDirectory(generation) ? Optional.of(generation) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The generation in use if it was built from exactly this fingerprint. */
    public Optional<Path> currentFor(String fingerprint) {
        return current().filter(g -> g.getFileName().toString().equals(generationName(fingerprint)));
    }

    /** The folder name of the generation built from a fingerprint. */
    public static String generationName(String fingerprint) {
        return GENERATION_PREFIX + fingerprint;
    }

    /** Builds a generation from scratch for the fingerprint, makes it current and removes older generations. */
    public Path build(String fingerprint, FieldAnalyzer analyzer, WriterTask task) {
        return build(fingerprint, analyzer, Optional.empty(), task);
    }

    /**
     * Builds a generation for the fingerprint, makes it current and removes older generations.
     *
     * @param base a generation to start from: its documents are copied (segment files, no re-analysis) and
     *             the task deletes and adds what changed; from scratch when empty
     */
    public Path build(String fingerprint, FieldAnalyzer analyzer, Optional<Path> base, WriterTask task) {
        Path target = slot.resolve(GENERATION_PREFIX + fingerprint);
        Path temporary = slot.resolve("tmp-" + fingerprint + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(slot);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    // A quarter of the heap (128 MB to 1 GB): 10^6 sentences then end in about two segments.
                    .setRAMBufferSizeMB(Math.clamp(Runtime.getRuntime().maxMemory() / 4 / (1 << 20), 128, 1024))
                    // A full build flushes few large segments: packing each into a compound file would only copy
                    // it again. An update adds small segments as separate files until merges join them.
                    .setUseCompoundFile(false);
            try (FSDirectory dir = FSDirectory.open(temporary); IndexWriter writer = new IndexWriter(dir, config)) {
                if (base.isPresent()) {
                    try (FSDirectory previous = FSDirectory.open(base.get())) {
                        writer.addIndexes(previous);
                    }
                }
                task.write(writer, temporary);
                // No forceMerge(1): rewriting the index into one segment took a sixth of the build at 10^6
                // sentences, and answers are as fast on the few segments the RAM buffer leaves.
                writer.commit();
            }
            if (Files.exists(target)) {
                deleteTree(target);
            }
            move(temporary, target);
            Path pointer = slot.resolve(CURRENT + ".tmp-" + System.nanoTime());
            Files.writeString(pointer, target.getFileName().toString(), StandardCharsets.UTF_8);
            move(pointer, slot.resolve(CURRENT));
            removeOthers(target);
            return target;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            throw new IndexException("cannot build the index in " + slot + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Old generations go; a reader still holding one keeps its memory-mapped files until it closes. */
    private void removeOthers(Path keep) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(slot)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!p.equals(keep) && Files.isDirectory(p) && name.startsWith(GENERATION_PREFIX)) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            // Leftovers only cost disk space; the next build tries again.
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            deleteTree(p);
        } catch (IOException | UncheckedIOException e) {
            // Best effort: see removeOthers.
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }

    private static String slotName(Path corpusDir) {
        return Fingerprints.sha256(corpusDir.toAbsolutePath().normalize().toString()).substring(0, 16);
    }

    /**
     * Writes the documents of a new generation, and any files that belong with them into its folder (they
     * are swapped in together with the index).
     */
    @FunctionalInterface
    public interface WriterTask {
        void write(IndexWriter writer, Path generation) throws IOException;
    }
}
