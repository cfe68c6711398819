package dev.interlinear.cli;

import dev.interlinear.answer.InvalidQuestionException;
import dev.interlinear.config.ConfigException;
import dev.interlinear.corpus.CorpusException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code interlinear} command. */
@Command(name = "interlinear", mixinStandardHelpOptions = true, version = "interlinear 0.1.0",
        description = "Answers questions from articles in several translations.",
        subcommands = {AskCommand.class, EvalCommand.class, IndexCommand.class, ChatCommand.class, BenchCommand.class,
                BotCommand.class, ServeCommand.class, HealthCommand.class, FactsCommand.class, LoadTestCommand.class})
public final class Main implements Runnable {

    /**
     * Lucene tells through java.util.logging, on every start, that the optional Vector API module is not
     * enabled; that is expected and not worth a line on every command. Held here because JUL keeps loggers
     * only weakly.
     */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static final int EXIT_RUNTIME = 1;
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: ask, eval, index, chat, facts, bench, serve, bot, health, loadtest");
    }

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /** The command line with Interlinear's exit codes and one-line errors. */
    static CommandLine commandLine() {
        // picocli already exits with 2 (ExitCode.USAGE) on invalid arguments.
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.subcommand() != null
                    && parseResult.subcommand().hasMatchedOption("--verbose");
            PrintWriter err = commandLine.getErr();
            if (verbose) {
                e.printStackTrace(err);
            } else {
                err.println("interlinear: " + message(e));
            }
            err.flush();
            return isUsageError(e) ? EXIT_USAGE : EXIT_RUNTIME;
        });
        return cli;
    }

    private static boolean isUsageError(Throwable e) {
        return e instanceof ConfigException || e instanceof InvalidQuestionException || e instanceof CorpusException
                || e instanceof UsageException;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
