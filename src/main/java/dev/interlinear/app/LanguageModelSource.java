package dev.interlinear.app;

import dev.interlinear.language.LanguageModelUnavailableException;
import dev.interlinear.serving.Health;
import dev.interlinear.serving.OutOfMemory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.slf4j.LoggerFactory;

/**
 * The language detector's model, read once. A server reads it in the background from the start and, when that
 * fails, tries again every {@code retry} until it succeeds, showing the part as down in {@link Health}
 * meanwhile; a single question reads it when it first needs it. Running out of memory while reading it ends
 * the process ({@link OutOfMemory}): a server without its model would answer some questions and fail others.
 */
final class LanguageModelSource {

    private final Supplier<LanguageDetectorModel> reader;
    private final Health health;
    private final Duration retry;
    private final boolean background;
    private final CountDownLatch firstAttempt = new CountDownLatch(1);
    private volatile LanguageDetectorModel model;
    private volatile String failure;

    private LanguageModelSource(
            Supplier<LanguageDetectorModel> reader, Health health, Duration retry, boolean background) {
        this.reader = reader;
        this.health = health;
        this.retry = retry;
        this.background = background;
    }

    /** A source that reads the model on a daemon thread now, and again after each failure. */
    static LanguageModelSource inBackground(Supplier<LanguageDetectorModel> reader, Health health, Duration retry) {
        LanguageModelSource source = new LanguageModelSource(reader, health, retry, true);
        Thread loader = new Thread(source::readUntilRead, "language-model-loader");
        loader.setDaemon(true);
        loader.start();
        return source;
    }

    /** A source that reads the model when it is first asked for. */
    static LanguageModelSource onDemand(Supplier<LanguageDetectorModel> reader, Health health) {
        return new LanguageModelSource(reader, health, Duration.ZERO, false);
    }

    /**
     * The model; waits for the first background read.
     *
     * @throws LanguageModelUnavailableException when it could not be read (the reason is in the message)
     */
    LanguageDetectorModel get() {
        LanguageDetectorModel read = model;
        if (read != null) {
            return read;
        }
        if (background) {
            try {
                firstAttempt.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LanguageModelUnavailableException("interrupted while waiting for the language model", e);
            }
        } else {
            synchronized (this) {
                if (model == null) {
                    tryRead();
                }
            }
        }
        read = model;
        if (read == null) {
            throw new LanguageModelUnavailableException("the language model could not be read: " + failure, null);
        }
        return read;
    }

    private void readUntilRead() {
        while (!tryRead()) {
            LoggerFactory.getLogger(LanguageModelSource.class)
                    .warn(
                            "the language model could not be read ({}); questions whose language is not given are refused;"
                                    + " trying again in {} s",
                            failure,
                            retry.toSeconds());
            try {
                Thread.sleep(retry);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean tryRead() {
        try {
            model = reader.get();
            failure = null;
            health.ok(Health.LANGUAGE_MODEL, true, "read");
            return true;
        } catch (OutOfMemoryError e) {
            OutOfMemory.exit("reading the language model", e);
            return false;
        } catch (RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            health.down(Health.LANGUAGE_MODEL, true, "could not be read: " + failure);
            return false;
        } finally {
            firstAttempt.countDown();
        }
    }
}
