package dev.interlinear.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Asks the running reader's {@code /health} on this machine: the container's HEALTHCHECK, with no curl needed. */
@Command(
        name = "health",
        mixinStandardHelpOptions = true,
        description = "Checks the running bot or reader on this machine (exit 0 when healthy).")
final class HealthCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int port = common.settings().web().port();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            out.println(response.body());
            out.flush();
            return response.statusCode() == 200 ? 0 : Main.EXIT_RUNTIME;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("interlinear: nothing answers on port " + port);
            spec.commandLine().getErr().flush();
            return Main.EXIT_RUNTIME;
        }
    }
}
