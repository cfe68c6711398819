package dev.interlinear.cli;

import dev.interlinear.app.App;
import dev.interlinear.config.Settings;
import dev.interlinear.config.SettingsLoader;
import dev.interlinear.corpus.CorpusProblem;
import dev.interlinear.serving.IndexGenerations;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command shares, and the way from them to an opened index. */
final class CommonOptions {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Settings file (default: $INTERLINEAR_CONFIG or config/interlinear.yaml).")
    Path config;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "Folder of articles to use instead of the configured one.")
    Path corpus;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    Settings settings() {
        Path file = config != null
                ? config
                : Path.of(System.getenv().getOrDefault("INTERLINEAR_CONFIG", "config/interlinear.yaml"));
        if (config != null && !Files.isRegularFile(config)) {
            throw new UsageException("settings file " + config + " does not exist");
        }
        Settings settings = new SettingsLoader(System::getenv).load(file);
        return corpus == null ? settings : settings.withCorpus(corpus);
    }

    /** Opens (building if needed) the index, reporting skipped files of a new build on standard error. */
    IndexGenerations.Opened open(App app, PrintWriter err) {
        return open(app, err, false);
    }

    /**
     * Opens (building if needed) the index, reporting on standard error the files that were skipped.
     *
     * @param everyTime whether to report them also when the index was already up to date (else only when built)
     */
    IndexGenerations.Opened open(App app, PrintWriter err, boolean everyTime) {
        Path dir = app.settings().corpus();
        if (!Files.isDirectory(dir)) {
            throw new UsageException("the corpus folder " + dir + " does not exist");
        }
        IndexGenerations.Opened opened = app.openIndex(dir, line -> {
            if (verbose) {
                err.println(line);
            }
        });
        boolean report = everyTime || opened.rebuilt();
        for (CorpusProblem p : report ? opened.problems() : List.<CorpusProblem>of()) {
            err.println(p.fileSkipped() ? "skipped " + p : "note: " + p);
        }
        if (report && !opened.kept().isEmpty()) {
            err.println("kept the previous version of " + String.join(", ", opened.kept())
                    + ": a file of theirs could not be read as it is now (see above)");
        }
        opened.stale().ifPresent(reason -> err.println("warning: " + reason + "; using the previous index"));
        err.flush();
        return opened;
    }
}
