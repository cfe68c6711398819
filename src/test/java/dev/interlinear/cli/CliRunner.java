package dev.interlinear.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real {@code interlinear} command line in-process, for tests of other packages. */
public final class CliRunner {

    private CliRunner() {}

    public record Run(int exit, String out, String err) {}

    public static Run run(String... args) {
        var cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
