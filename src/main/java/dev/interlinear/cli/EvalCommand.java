package dev.interlinear.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlinear.app.App;
import dev.interlinear.eval.EvalQuestion;
import dev.interlinear.eval.EvalReport;
import dev.interlinear.eval.EvalResult;
import dev.interlinear.eval.Evaluator;
import dev.interlinear.eval.PlainBm25Baseline;
import dev.interlinear.eval.QuestionFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Runs a question file (JSON Lines) and prints the metrics.")
final class EvalCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    ConfidenceFitOptions fit;

    @Option(names = "--json", description = "Print the metrics and per-question results as JSON.")
    boolean json;

    @Option(names = "--baseline", description = "Also run plain Lucene BM25 (StandardAnalyzer) on the same sentences and print its metrics line.")
    boolean baseline;

    @Parameters(paramLabel = "FILE.jsonl", description = "The question file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("question file " + file + " does not exist");
        }
        List<EvalQuestion> questions;
        try {
            questions = new QuestionFile().read(file);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (fit.requested()) {
            return fit.run(common.settings(), file, out, spec.commandLine().getErr());
        }
        App app = new App(common.settings());
        try (var index = common.open(app, spec.commandLine().getErr()).index()) {
            EvalReport report = new Evaluator(app.answerService(index), index).run(questions);
            if (json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(report)));
            } else {
                for (EvalResult r : report.results()) {
                    out.printf(Locale.ROOT, "%-4s %-12s %-3s %5s %s%n", r.rank().isPresent() ? "@" + r.rank().getAsInt() : "miss",
                            r.question().id(), r.lang().orElse("-"), r.score().map(s -> String.format(Locale.ROOT, "%.2f", s)).orElse(""),
                            r.sentence().map(EvalCommand::shorten).orElse("(declined)"));
                }
                out.println(report.summaryLine());
            }
            if (baseline) {
                try (PlainBm25Baseline plain = new PlainBm25Baseline(index)) {
                    spec.commandLine().getErr().println("plain BM25 baseline: " + plain.run(questions).summaryLine());
                    spec.commandLine().getErr().flush();
                }
            }
            out.flush();
        }
        return 0;
    }

    private static String shorten(String s) {
        return s.length() <= 90 ? s : s.substring(0, 89) + "…";
    }

    private static ObjectNode toJson(EvalReport report) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("hit_at_1", report.hitAt1());
        root.put("mrr_at_5", report.mrrAt5());
        root.put("declined", report.declined());
        root.put("unanswerable", report.unanswerable());
        root.put("wrong_language", report.wrongLanguage());
        root.put("n", report.n());
        ArrayNode results = root.putArray("results");
        for (EvalResult r : report.results()) {
            ObjectNode n = results.addObject();
            n.put("id", r.question().id());
            if (r.rank().isPresent()) {
                n.put("rank", r.rank().getAsInt());
            } else {
                n.putNull("rank");
            }
            n.put("answered", r.answered());
            r.lang().ifPresentOrElse(l -> n.put("lang", l), () -> n.putNull("lang"));
            r.sentence().ifPresentOrElse(s -> n.put("sentence", s), () -> n.putNull("sentence"));
            r.score().ifPresent(s -> n.put("score", s));
        }
        return root;
    }
}
