package dev.interlinear.cli;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.answer.InvalidQuestionException;
import dev.interlinear.app.App;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "chat",
        mixinStandardHelpOptions = true,
        description = "Asks questions interactively; an empty line or Ctrl-D ends.")
final class ChatCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--lang", paramLabel = "L", description = "Reply language (default: detected per question).")
    String lang;

    @Option(
            names = "--locale",
            paramLabel = "L",
            description = "The asker's locale, as Discord's user locale "
                    + "(e.g. pt-BR): the reply language when a question's own language is not clear.")
    String locale;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        App app = new App(common.settings());
        try (var index = common.open(app, spec.commandLine().getErr()).index()) {
            AnswerService service = app.answerService(index);
            AnswerPrinter printer = new AnswerPrinter();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            out.println("Ask a question about the articles (empty line to quit).");
            // Piped questions are echoed after their prompt, as a terminal shows them typed, so each answer
            // starts on a line of its own.
            boolean typed = System.console() != null;
            while (true) {
                out.print("> ");
                out.flush();
                String line = in.readLine();
                if (line == null) {
                    out.println();
                } else if (!typed) {
                    out.println(line);
                }
                if (line == null || line.isBlank()) {
                    return 0;
                }
                try {
                    AskRequest request =
                            AskRequest.of(line).withExplicitLanguage(lang).withUserLocale(locale);
                    printer.print(service.ask(request), out);
                } catch (InvalidQuestionException e) {
                    out.println("Cannot ask that: " + e.getMessage());
                }
                out.println();
            }
        }
    }
}
