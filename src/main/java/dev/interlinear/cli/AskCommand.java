package dev.interlinear.cli;

import dev.interlinear.answer.AnswerJson;
import dev.interlinear.answer.AnswerResult;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.app.App;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answers one question from the articles.")
final class AskCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--lang", paramLabel = "L", description = "Reply language (default: detected from the question).")
    String lang;

    @Option(
            names = "--locale",
            paramLabel = "L",
            description = "The asker's locale, as Discord's user locale "
                    + "(e.g. pt-BR): the reply language when the question's own language is not clear.")
    String locale;

    @Option(names = "--json", description = "Print the answer JSON.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quote it, or give it as words).")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // One question: its function words usually settle its language, so the model is read only if needed.
        App app = new App(common.settings(), App.ModelLoading.ON_DEMAND);
        try (var index = common.open(app, spec.commandLine().getErr()).index()) {
            AskRequest request = AskRequest.of(String.join(" ", words));
            if (lang != null) {
                request = request.withExplicitLanguage(lang);
            }
            if (locale != null) {
                request = request.withUserLocale(locale);
            }
            AnswerResult result = app.answerService(index).ask(request);
            if (json) {
                out.println(new AnswerJson().toString(result));
                out.flush();
            } else {
                new AnswerPrinter().print(result, out);
            }
        }
        return 0;
    }
}
