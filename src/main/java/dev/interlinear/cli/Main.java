package dev.interlinear.cli;

import dev.interlinear.answer.InvalidQuestionException;
import dev.interlinear.config.ConfigException;
import dev.interlinear.corpus.CorpusException;
import dev.interlinear.discord.TokenMask;
import dev.interlinear.serving.OutOfMemory;
import java.io.PrintWriter;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code interlinear} command. */
@Command(
        name = "interlinear",
        mixinStandardHelpOptions = true,
        version = "interlinear 0.1.0",
        description = "Answers questions from articles in several translations.",
        subcommands = {
            AskCommand.class,
            EvalCommand.class,
            IndexCommand.class,
            ChatCommand.class,
            BenchCommand.class,
            BotCommand.class,
            ServeCommand.class,
            HealthCommand.class,
            FactsCommand.class,
            LoadTestCommand.class
        })
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
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "name a command: ask, eval, index, chat, facts, bench, serve, bot, health, loadtest");
    }

    public static void main(String[] args) {
        installUncaughtExceptionHandler();
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /**
     * For every thread of the process (not in {@link #commandLine()}, which tests run in their own JVM): running
     * out of memory anywhere ends the process with one line, so that a supervisor restarts it instead of it staying
     * half alive; any other uncaught exception is logged once, masked (the JVM's default would print it unmasked).
     */
    static void installUncaughtExceptionHandler() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            Optional<OutOfMemoryError> outOfMemory = outOfMemory(e);
            if (outOfMemory.isPresent()) {
                OutOfMemory.exit("thread " + thread.getName(), outOfMemory.get());
                return;
            }
            LoggerFactory.getLogger(Main.class)
                    .error(
                            "thread {} stopped on an uncaught exception:\n{}",
                            thread.getName(),
                            TokenMask.fromEnvironment().stackTrace(e).stripTrailing());
        });
    }

    /** The command line with Interlinear's exit codes and one-line errors; the token masked as in the log. */
    static CommandLine commandLine() {
        return commandLine(TokenMask.fromEnvironment());
    }

    /**
     * The command line, masking {@code mask}'s secrets in what it prints of a failure: with {@code --verbose} the
     * stack trace (messages, causes and suppressed ones), otherwise the message's first line. A server's answer
     * quoted in an exception (JDA puts Discord's error body into its messages) may hold the request's token.
     */
    static CommandLine commandLine(TokenMask mask) {
        // picocli already exits with 2 (ExitCode.USAGE) on invalid arguments.
        CommandLine cli = new CommandLine(new Main());
        // picocli lets an Error out of execute(); wrapped, running out of memory reaches the handler below.
        cli.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (OutOfMemoryError e) {
                throw new CommandLine.ExecutionException(
                        lastCommand(parseResult).commandSpec().commandLine(), "out of memory", e);
            }
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            Optional<OutOfMemoryError> outOfMemory = outOfMemory(e);
            if (outOfMemory.isPresent()) {
                // One line, no trace even with --verbose: where the memory ran out says nothing of why.
                err.println(
                        OutOfMemory.line(lastCommand(parseResult).commandSpec().name(), outOfMemory.get()));
                err.flush();
                return OutOfMemory.EXIT_STATUS;
            }
            boolean verbose =
                    parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            if (verbose) {
                err.print(mask.stackTrace(e));
            } else {
                err.println("interlinear: " + mask.apply(message(e)));
            }
            err.flush();
            return isUsageError(e) ? EXIT_USAGE : EXIT_RUNTIME;
        });
        return cli;
    }

    private static CommandLine.ParseResult lastCommand(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult last = parseResult;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        return last;
    }

    /** The out-of-memory error this failure is or was caused by (a build may wrap it). */
    private static Optional<OutOfMemoryError> outOfMemory(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof OutOfMemoryError outOfMemory) {
                return Optional.of(outOfMemory);
            }
        }
        return Optional.empty();
    }

    private static boolean isUsageError(Throwable e) {
        return e instanceof ConfigException
                || e instanceof InvalidQuestionException
                || e instanceof CorpusException
                || e instanceof UsageException;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank()
                ? e.getClass().getSimpleName()
                : m.lines().findFirst().orElse(m);
    }
}
