package dev.interlinear.serving;

import dev.interlinear.corpus.CorpusProblem;
import dev.interlinear.index.CorpusFiles;
import dev.interlinear.index.Fingerprints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the served edition in step with the articles folder. It looks at the folder's file names, sizes and
 * modification times every interval (cheap, and unlike file-system events it works on bind mounts and
 * network folders). When they changed and then stayed the same for one more interval (so a file being
 * written is not read half-way), the changed articles are indexed again in the background and the
 * {@link ServedEdition} is refreshed; questions keep being answered from the old edition until then.
 *
 * <p>When a rebuild fails for any reason (an unreadable folder, a full or read-only disk, out of memory), the
 * previous edition stays served, {@link Health} shows the index as stale with the reason, and the rebuild is
 * tried again every {@code retry} until it succeeds. Processes sharing a data directory build one at a time
 * (see {@link dev.interlinear.index.IndexStore}); each also opens a newer generation another one made current.
 */
public final class LiveArticles implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveArticles.class);
    /** How long a failed rebuild waits before it is tried again. */
    public static final Duration DEFAULT_RETRY = Duration.ofSeconds(30);

    /** What keeping the articles live needs of the application. */
    public interface Builds {
        /**
         * Builds a new generation and makes it current when the folder changed since the generation
         * {@code served} was built; empty when it did not.
         *
         * @throws RuntimeException (or an error) when the build failed; the served index is untouched
         */
        Optional<IndexUpdate> update(Path corpusDir, Path served);

        /** Where the state of the served index is told. */
        Health health();
    }

    private final Builds builds;
    private final Path corpusDir;
    private final ServedEdition served;
    private final boolean watchChanges;
    private final Duration retry;
    private final ScheduledExecutorService timer;
    /** Problems already reported, so a broken file is named once, not at every later update. */
    private final Set<String> reported = new HashSet<>();

    private String seen;
    private String pending;
    /** Why the served index is older than the folder; null when it is not. */
    private String stale;

    private long nextRetryNanos;

    private LiveArticles(Builds builds, Path corpusDir, ServedEdition served, boolean watchChanges, Duration retry) {
        this.builds = builds;
        this.corpusDir = corpusDir;
        this.served = served;
        this.watchChanges = watchChanges;
        this.retry = retry;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "article-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts watching, or only retrying a failed build.
     *
     * @param watchChanges whether changes of the folder are taken in; when false, only a stale index is rebuilt
     * @param retry        how long a failed rebuild waits before it is tried again
     * @param reported     problems the caller has already shown (at start), not to be repeated
     * @param stale        why the index served from the start is stale, if it is
     */
    public static LiveArticles start(
            Builds builds,
            Path corpusDir,
            ServedEdition served,
            Duration interval,
            Duration retry,
            boolean watchChanges,
            Iterable<CorpusProblem> reported,
            Optional<String> stale) {
        LiveArticles live = new LiveArticles(builds, corpusDir, served, watchChanges, retry);
        reported.forEach(p -> live.reported.add(p.toString()));
        stale.ifPresent(live::failed);
        long millis = Math.max(1, interval.toMillis());
        live.timer.scheduleWithFixedDelay(live::look, millis, millis, TimeUnit.MILLISECONDS);
        if (watchChanges) {
            LOG.info("watching {} for changed articles every {} ms", corpusDir, millis);
        }
        return live;
    }

    private synchronized void look() {
        try {
            if (stale != null && System.nanoTime() - nextRetryNanos >= 0) {
                LOG.info("trying again to bring the index up to date with {}", corpusDir);
                update();
                return;
            }
            if (!watchChanges) {
                return;
            }
            String now = stamp();
            if (now.equals(seen)) {
                follow();
                return;
            }
            if (!now.equals(pending)) {
                pending = now; // changed: wait until it holds still for one interval
                return;
            }
            seen = now;
            pending = null;
            update();
        } catch (RuntimeException | IOException e) {
            LOG.warn("could not look at the articles in {}: {}", corpusDir, e.toString());
        }
    }

    /** Opens a generation another process sharing the data directory made current. */
    private void follow() throws IOException {
        if (refreshed()) {
            LOG.info("opened the index another process built: now {} sentences", sentences());
        }
    }

    /** Swaps in the edition of the generation made current since the served one's, if any, and tells Health. */
    private boolean refreshed() throws IOException {
        Path before = servedGeneration();
        served.refresh();
        if (servedGeneration().equals(before)) {
            return false;
        }
        reportIndex(Optional.empty());
        return true;
    }

    /** Brings the served edition up to date now; false when nothing had changed or the rebuild failed. */
    synchronized boolean update() {
        long start = System.nanoTime();
        Optional<IndexUpdate> update;
        try {
            update = builds.update(corpusDir, servedGeneration());
            if (update.isPresent()) {
                refreshed();
            }
        } catch (RuntimeException | IOException | OutOfMemoryError | StackOverflowError e) {
            // The build's garbage is gone with its stack: the previous edition is still whole and stays served.
            failed(IndexUpdate.failure(e));
            return false;
        }
        recovered();
        if (update.isEmpty()) {
            return false;
        }
        IndexUpdate u = update.get();
        if (u.followed()) {
            LOG.info(
                    "articles updated in {} ms: opened the index another process built, now {} sentences",
                    (System.nanoTime() - start) / 1_000_000,
                    sentences());
            return true;
        }
        LOG.info(
                "articles updated in {} ms: {} indexed again, {} removed, now {} sentences{}",
                (System.nanoTime() - start) / 1_000_000,
                u.reindexed(),
                u.removed(),
                sentences(),
                u.kept().isEmpty() ? "" : "; kept the previous version of " + u.kept());
        Set<String> current = new HashSet<>();
        for (CorpusProblem p : u.problems()) {
            current.add(p.toString());
            if (reported.add(p.toString())) {
                Optional<String> article = articleOf(p);
                if (article.isPresent() && u.kept().contains(article.get())) {
                    LOG.warn(
                            "{}: {}; the edit is not taken: the previous version of article {} is still served",
                            p.file(),
                            p.reason().replaceFirst("; (skipped|ignored)$", ""),
                            article.get());
                } else if (p.fileSkipped()) {
                    LOG.warn("skipped {}", p);
                } else {
                    LOG.warn("{}", p);
                }
            }
        }
        // A file that is fixed and breaks again is reported again.
        reported.retainAll(current);
        return true;
    }

    private void failed(String reason) {
        if (!reason.equals(stale)) {
            LOG.warn("{}; still serving the previous index; trying again every {} s", reason, retry.toSeconds());
        }
        stale = reason;
        nextRetryNanos = System.nanoTime() + retry.toNanos();
        reportIndex(Optional.of(reason));
    }

    private void recovered() {
        if (stale != null) {
            LOG.info("the index is up to date with {} again", corpusDir);
            stale = null;
            reportIndex(Optional.empty());
        }
    }

    private void reportIndex(Optional<String> stale) {
        served.use(e -> {
            builds.health().index(e.index(), stale);
            return null;
        });
    }

    private Path servedGeneration() {
        return served.use(e -> e.index().generation());
    }

    private int sentences() {
        return served.use(e -> e.index().size());
    }

    /** The article folder a problem is in, if any. */
    private Optional<String> articleOf(CorpusProblem problem) {
        Path root = corpusDir.toAbsolutePath().normalize();
        Path file = problem.file().toAbsolutePath().normalize();
        return file.startsWith(root) && !file.equals(root)
                ? Optional.of(root.relativize(file).getName(0).toString())
                : Optional.empty();
    }

    /** Names, sizes and modification times of every file below the folder that could be indexed. */
    private String stamp() {
        if (!Files.isDirectory(corpusDir)) {
            return "missing";
        }
        StringBuilder out = new StringBuilder();
        CorpusFiles.walk(corpusDir, new CorpusFiles.Visitor() {
            @Override
            public void file(Path relative, Path real, BasicFileAttributes a) {
                out.append(relative)
                        .append('\0')
                        .append(a.size())
                        .append('\0')
                        .append(a.lastModifiedTime().toMillis())
                        .append('\0')
                        .append(a.lastModifiedTime().toInstant().getNano())
                        .append('\n');
            }

            @Override
            public void unusable(Path relative, String why) {
                out.append(relative).append('\0').append(why).append('\n');
            }
        });
        return Fingerprints.sha256(out.toString());
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
