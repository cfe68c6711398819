package dev.interlinear.cli;

import dev.interlinear.app.App;
import dev.interlinear.serving.IndexGenerations;
import dev.interlinear.serving.ServedEdition;
import dev.interlinear.web.WebServer;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Runs the web reader and JSON API alone (no Discord).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        App app = new App(common.settings());
        IndexGenerations.Opened opened = common.open(app, new PrintWriter(System.err, true));
        ServedEdition served = app.served(opened.index());
        WebServer web = WebServer.start(
                new InetSocketAddress(app.settings().web().port()),
                served,
                app.health(),
                app.settings().web());
        StopSignal.awaitThenClose(app.keepLive(served, opened), web, served);
        return 0;
    }
}
