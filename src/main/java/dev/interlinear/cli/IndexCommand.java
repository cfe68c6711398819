package dev.interlinear.cli;

import dev.interlinear.app.App;
import dev.interlinear.serving.IndexGenerations;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = "Builds the on-disk index, or confirms it is up to date.")
final class IndexCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        App app = new App(common.settings());
        long start = System.nanoTime();
        IndexGenerations.Opened opened = common.open(app, spec.commandLine().getErr(), true);
        try (var index = opened.index()) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (opened.stale().isPresent()) {
                out.printf("index NOT rebuilt; the previous one (%d sentences) stays in use%n", index.size());
            } else if (opened.rebuilt()) {
                out.printf("indexed %d sentences of %d article(s) in %d ms%n", index.size(), opened.articles(), ms);
            } else {
                out.printf("index is up to date: %d sentences%n", index.size());
            }
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!opened.allTaken()) {
            // Scripts and CI must see that the index does not hold the articles as they are on disk.
            spec.commandLine()
                    .getErr()
                    .println("interlinear: not every article could be taken as it is on disk" + " (see above)");
            spec.commandLine().getErr().flush();
            return Main.EXIT_RUNTIME;
        }
        return 0;
    }
}
