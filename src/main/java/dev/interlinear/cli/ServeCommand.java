package dev.interlinear.cli;

import dev.interlinear.answer.ServedEdition;
import dev.interlinear.app.App;
import dev.interlinear.web.WebServer;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Runs the web reader and JSON API alone (no Discord).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        App app = new App(common.settings());
        App.Opened opened = common.open(app, new java.io.PrintWriter(System.err, true));
        ServedEdition served = new ServedEdition(app.edition(opened.index()));
        WebServer web = WebServer.start(new InetSocketAddress(app.settings().web().port()), served, app.health(),
                app.settings().web());
        AutoCloseable watcher = common.watch(app, served, opened);
        Running.untilStopped(watcher, web, served);
        return 0;
    }
}
