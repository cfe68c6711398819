package dev.interlinear.cli;

import dev.interlinear.app.App;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "index", mixinStandardHelpOptions = true, description = "Builds the on-disk index, or confirms it is up to date.")
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
        App.Opened opened = common.open(app, spec.commandLine().getErr());
        try (var index = opened.index()) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (opened.rebuilt()) {
                out.printf("indexed %d sentences of %d article(s) in %d ms%n", index.size(), opened.articles(), ms);
            } else {
                out.printf("index is up to date: %d sentences%n", index.size());
            }
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return 0;
    }
}
