package dev.interlinear.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Index generations on disk. Each corpus folder has a slot under {@code <data-dir>/index/}; a slot holds
 * generations named by the corpus fingerprint and a {@code current} file naming the one in use. A new
 * generation is built in a temporary folder and only then named current (an atomic rename), so a failed
 * or interrupted build never breaks the index that is being served.
 *
 * <p>Several processes may share a data directory (the shards of one bot): a build holds {@link BuildLock}, so
 * exactly one of them builds while the others wait and then open what it built, read-only. Leftovers of a
 * build that was killed ({@code tmp-*}) are removed by the next holder of the lock.
 */
public final class IndexStore {

    private static final String CURRENT = "current";
    private static final String GENERATION_PREFIX = "g-";
    private static final String TEMPORARY_PREFIX = "tmp-";
    private static final String LOCK_FILE = "build.lock";
    /**
     * A file lock belongs to the whole JVM (a second lock of the same file in it fails at once), so threads of
     * one process take turns on this lock first. One per slot, for as long as the process runs.
     */
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS_IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final Path slot;

    public IndexStore(Path dataDir, Path corpusDir) {
        this.slot = dataDir.resolve("index").resolve(slotName(corpusDir));
    }

    /**
     * Takes the slot's build lock, waiting while another process or thread holds it.
     *
     * @param waiting told once when another holder makes this wait
     * @throws IndexException when the lock file cannot be made (a read-only or full data directory)
     */
    public BuildLock lockForBuild(Consumer<String> waiting) {
        ReentrantLock inProcess =
                LOCKS_IN_THIS_PROCESS.computeIfAbsent(slot.toAbsolutePath().normalize(), k -> new ReentrantLock());
        if (!inProcess.tryLock()) {
            waiting.accept("another build of this index is running in this process; waiting for it");
            inProcess.lock();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(slot);
            channel = FileChannel.open(slot.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                waiting.accept("another process is building the index in " + slot + "; waiting for it");
                lock = channel.lock();
            }
            return new BuildLock(inProcess, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            inProcess.unlock();
            throw new IndexException("cannot take the build lock in " + slot + ": " + describe(e), e);
        }
    }

    /** The build lock if nobody holds it now. */
    public Optional<BuildLock> tryLockForBuild() {
        ReentrantLock inProcess =
                LOCKS_IN_THIS_PROCESS.computeIfAbsent(slot.toAbsolutePath().normalize(), k -> new ReentrantLock());
        if (!inProcess.tryLock()) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(slot);
            channel = FileChannel.open(slot.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new BuildLock(inProcess, channel, lock));
            }
        } catch (IOException | RuntimeException e) {
            // A read-only data directory: nothing can be built or cleaned here anyway.
        }
        closeQuietly(channel);
        inProcess.unlock();
        return Optional.empty();
    }

    /** The right to build in a slot and to remove its leftovers; released by {@link #close()}. */
    public static final class BuildLock implements AutoCloseable {
        private final ReentrantLock inProcess;
        private final FileChannel channel;
        private final FileLock lock;
        private boolean released;

        private BuildLock(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
            this.inProcess = inProcess;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            if (released) {
                return;
            }
            released = true;
            try {
                lock.release();
            } catch (IOException e) {
                // Closing the channel below releases it too.
            }
            closeQuietly(channel);
            inProcess.unlock();
        }
    }

    /**
     * Removes what killed builds left behind: temporary generations and pointer files. Only the holder of the
     * build lock may call it (another process's build in progress would otherwise lose its folder).
     */
    public void removeLeftovers(BuildLock held) {
        if (held.released) {
            throw new IllegalStateException("the build lock was released");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(slot)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(TEMPORARY_PREFIX) || name.startsWith(CURRENT + ".tmp-")) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            // Leftovers only cost disk space; the next holder tries again.
        }
    }

    /** The generation in use, if any. */
    public Optional<Path> current() {
        Path pointer = slot.resolve(CURRENT);
        try {
            if (!Files.isRegularFile(pointer)) {
                return Optional.empty();
            }
            Path generation = slot.resolve(
                    Files.readString(pointer, StandardCharsets.UTF_8).strip());
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

    /** Builds a generation from scratch under the build lock, makes it current and removes older generations. */
    public Path build(String fingerprint, FieldAnalyzer analyzer, WriterTask task) {
        try (BuildLock held = lockForBuild(line -> {})) {
            return build(held, fingerprint, analyzer, Optional.empty(), task);
        }
    }

    /**
     * Builds a generation for the fingerprint, makes it current and removes older generations.
     *
     * The generation that was current before stays too: another process sharing the data directory may still
     * be serving it until it opens the new one.
     *
     * @param held the slot's build lock, held by the caller for the whole build
     * @param base a generation to start from: its documents are copied (segment files, no re-analysis) and
     *             the task deletes and adds what changed; from scratch when empty
     */
    public Path build(
            BuildLock held, String fingerprint, FieldAnalyzer analyzer, Optional<Path> base, WriterTask task) {
        Path target = slot.resolve(GENERATION_PREFIX + fingerprint);
        Path temporary = slot.resolve(
                TEMPORARY_PREFIX + fingerprint + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(slot);
            removeLeftovers(held);
            Optional<Path> before = current();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    // A quarter of the heap (128 MB to 1 GB): 10^6 sentences then end in about two segments.
                    .setRAMBufferSizeMB(Math.clamp(Runtime.getRuntime().maxMemory() / 4 / (1 << 20), 128, 1024))
                    // A full build flushes few large segments: packing each into a compound file would only copy
                    // it again. An update adds small segments as separate files until merges join them.
                    .setUseCompoundFile(false);
            try (FSDirectory dir = FSDirectory.open(temporary)) {
                IndexWriter writer = new IndexWriter(dir, config);
                try {
                    if (base.isPresent()) {
                        try (FSDirectory previous = FSDirectory.open(base.get())) {
                            writer.addIndexes(previous);
                        }
                    }
                    task.write(writer, temporary);
                    // No forceMerge(1): rewriting the index into one segment took a sixth of the build at 10^6
                    // sentences, and answers are as fast on the few segments the RAM buffer leaves.
                    writer.commit();
                } catch (IOException | RuntimeException | Error e) {
                    abandon(writer, e);
                    throw e;
                }
                writer.close();
            }
            if (Files.exists(target)) {
                deleteTree(target);
            }
            move(temporary, target);
            Path pointer = slot.resolve(CURRENT + ".tmp-" + System.nanoTime());
            Files.writeString(pointer, target.getFileName().toString(), StandardCharsets.UTF_8);
            move(pointer, slot.resolve(CURRENT));
            removeOthers(target, before.filter(b -> !b.equals(target)));
            return target;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // Dropping the writer's buffers (above) is what lets a build that ran out of memory be survived.
            deleteQuietly(temporary);
            removeLeftovers(held);
            throw new IndexException("cannot build the index in " + slot + ": " + describe(e), e);
        }
    }

    /**
     * Lets go of a writer whose build failed. After running out of memory Lucene may leave the writer marked as
     * being closed by a rollback that never finished; {@code close()} and {@code rollback()} then wait for it for
     * ever (an {@code index} at -Xmx80m hung there, holding the build lock). Such a writer is dropped as it is: its
     * folder is deleted next, and its buffers and files go with the garbage.
     */
    private static void abandon(IndexWriter writer, Throwable failure) {
        if (!writer.isOpen()) {
            return;
        }
        try {
            writer.rollback();
        } catch (IOException | RuntimeException | Error e) {
            failure.addSuppressed(e);
        }
    }

    /** One line for a build's failure: out of memory and a full disk named as such. */
    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (" + e.getMessage() + "; heap limit "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return "not found: " + missing.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Old generations go but the one that was current before: a reader still holding an older one keeps its
     * memory-mapped files until it closes.
     */
    private void removeOthers(Path keep, Optional<Path> previous) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(slot)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!p.equals(keep)
                        && !previous.map(p::equals).orElse(false)
                        && Files.isDirectory(p)
                        && name.startsWith(GENERATION_PREFIX)) {
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

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was written through it.
            }
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
        return Fingerprints.sha256(corpusDir.toAbsolutePath().normalize().toString())
                .substring(0, 16);
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
