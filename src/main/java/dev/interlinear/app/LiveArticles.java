package dev.interlinear.app;

import dev.interlinear.answer.ServedEdition;
import dev.interlinear.corpus.CorpusProblem;
import dev.interlinear.index.Fingerprints;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the served edition in step with the articles folder. It looks at the folder's file names, sizes and
 * modification times every interval (cheap, and unlike file-system events it works on bind mounts and
 * network folders). When they changed and then stayed the same for one more interval (so a file being
 * written is not read half-way), the changed articles are indexed again in the background and the new
 * edition is swapped in; questions keep being answered from the old one until then.
 */
public final class LiveArticles implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveArticles.class);

    private final App app;
    private final Path corpusDir;
    private final ServedEdition served;
    private final ScheduledExecutorService timer;
    /** Problems already reported, so a broken file is named once, not at every later update. */
    private final Set<String> reported = new HashSet<>();
    private String seen;
    private String pending;

    private LiveArticles(App app, Path corpusDir, ServedEdition served) {
        this.app = app;
        this.corpusDir = corpusDir;
        this.served = served;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "article-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts watching.
     *
     * @param reported problems the caller has already shown (at start), not to be repeated
     */
    public static LiveArticles start(App app, Path corpusDir, ServedEdition served, Duration interval,
                                     Iterable<CorpusProblem> reported) {
        LiveArticles live = new LiveArticles(app, corpusDir, served);
        reported.forEach(p -> live.reported.add(p.toString()));
        long millis = Math.max(1, interval.toMillis());
        live.timer.scheduleWithFixedDelay(live::look, millis, millis, TimeUnit.MILLISECONDS);
        LOG.info("watching {} for changed articles every {} ms", corpusDir, millis);
        return live;
    }

    private void look() {
        try {
            String now = stamp();
            if (now.equals(seen)) {
                return;
            }
            if (!now.equals(pending)) {
                pending = now; // changed: wait until it holds still for one interval
                return;
            }
            seen = now;
            pending = null;
            update();
        } catch (RuntimeException | Error e) {
            // The previous edition stays served; the next change of the folder tries again.
            LOG.warn("could not update the articles from {} (still serving the previous version; "
                    + "will try again when the folder changes): {}", corpusDir, e.toString());
        }
    }

    /** Brings the served edition up to date now; false when nothing had changed. */
    synchronized boolean update() {
        long start = System.nanoTime();
        Optional<App.Update> update = app.update(corpusDir, served.peek().index());
        if (update.isEmpty()) {
            return false;
        }
        App.Update u = update.get();
        served.replace(app.edition(u.index()));
        LOG.info("articles updated in {} ms: {} indexed again, {} removed, now {} sentences{}",
                (System.nanoTime() - start) / 1_000_000, u.reindexed(), u.removed(), u.index().size(),
                u.kept().isEmpty() ? "" : "; kept the previous version of " + u.kept());
        Set<String> current = new HashSet<>();
        for (CorpusProblem p : u.problems()) {
            current.add(p.toString());
            if (reported.add(p.toString())) {
                Optional<String> article = articleOf(p);
                if (article.isPresent() && u.kept().contains(article.get())) {
                    LOG.warn("{}: {}; the previous version of article {} is still served", p.file(),
                            p.reason().replaceFirst("; (skipped|ignored)$", ""), article.get());
                } else {
                    LOG.warn("skipped {}", p);
                }
            }
        }
        // A file that is fixed and breaks again is reported again.
        reported.retainAll(current);
        return true;
    }

    /** The article folder a problem is in, if any. */
    private Optional<String> articleOf(CorpusProblem problem) {
        Path root = corpusDir.toAbsolutePath().normalize();
        Path file = problem.file().toAbsolutePath().normalize();
        return file.startsWith(root) && !file.equals(root)
                ? Optional.of(root.relativize(file).getName(0).toString()) : Optional.empty();
    }

    /** Names, sizes and modification times of every file below the folder. */
    private String stamp() {
        StringBuilder out = new StringBuilder();
        if (!Files.isDirectory(corpusDir)) {
            return "missing";
        }
        try (Stream<Path> walk = Files.walk(corpusDir)) {
            for (Path file : walk.sorted().toList()) {
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    out.append(corpusDir.relativize(file)).append('\0').append(a.size()).append('\0')
                            .append(a.lastModifiedTime().toMillis()).append('\0')
                            .append(a.lastModifiedTime().toInstant().getNano()).append('\n');
                } catch (IOException e) {
                    out.append(corpusDir.relativize(file)).append("\0gone\n"); // removed while walking
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return "unlistable " + e.getMessage();
        }
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
