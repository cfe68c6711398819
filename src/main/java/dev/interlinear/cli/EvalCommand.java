package dev.interlinear.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interlinear.app.App;
import dev.interlinear.config.Settings;
import dev.interlinear.eval.ArticleSplit;
import dev.interlinear.eval.AskerLocale;
import dev.interlinear.eval.EvalJson;
import dev.interlinear.eval.EvalQuestion;
import dev.interlinear.eval.EvalReport;
import dev.interlinear.eval.EvalResult;
import dev.interlinear.eval.EvalRun;
import dev.interlinear.eval.LanguageFigures;
import dev.interlinear.eval.QuestionFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Runs a question file (JSON Lines) and prints the metrics.")
final class EvalCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    ConfidenceFitOptions fit;

    @Option(
            names = "--json",
            description = "Print the metrics, the figures per language and per-question results as JSON.")
    boolean json;

    @Option(
            names = "--baseline",
            description = "Also run plain Lucene BM25 (StandardAnalyzer) on the same sentences and "
                    + "print its figures (on standard error; with --json under \"baseline\" as well).")
    boolean baseline;

    @Option(
            names = "--split",
            paramLabel = "PART",
            defaultValue = "all",
            description =
                    "Which questions, by the part of their article: fit, check or all (default: ${DEFAULT-VALUE}). "
                            + "An article is in fit iff the first byte of the SHA-256 of its id is even.")
    String split;

    @Option(
            names = "--locale",
            paramLabel = "L",
            description =
                    "The asker's locale (as a Discord user's) for every question without a \"locale\" of its own: "
                            + "a language tag such as de or pt-BR, or none. Default: each question's \"lang\". "
                            + "Evidence for the reply language, not a choice.")
    String locale;

    @Option(
            names = "--each-article",
            description = "Ask each article's questions of that article alone (a corpus of one article, as on a "
                    + "server that loads one), and report the figures over all of them. Questions without an "
                    + "article are left out.")
    boolean eachArticle;

    @Parameters(paramLabel = "FILE.jsonl", description = "The question file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ArticleSplit part;
        AskerLocale asker;
        try {
            part = ArticleSplit.parse(split);
            asker = locale == null ? AskerLocale.QUESTION_LANGUAGE : AskerLocale.parse(locale);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
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
        PrintWriter err = spec.commandLine().getErr();
        if (fit.requested()) {
            return fit.run(common.settings(), file, out, err);
        }
        EvalRun.Outcome outcome = eachArticle
                ? eachArticle(common.settings(), questions, part, asker, err)
                : wholeCorpus(common.settings(), questions, part, asker, err);
        {
            EvalReport report = outcome.report();
            if (json) {
                out.println(
                        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(EvalJson.of(outcome)));
            } else {
                for (EvalResult r : report.results()) {
                    out.printf(
                            Locale.ROOT,
                            "%-4s %-12s %-3s %5s %s%n",
                            r.rank().isPresent() ? "@" + r.rank().getAsInt() : "miss",
                            r.question().id(),
                            r.lang().orElse("-"),
                            r.score()
                                    .map(s -> String.format(Locale.ROOT, "%.2f", s))
                                    .orElse(""),
                            r.sentence().map(EvalCommand::shorten).orElse("(declined)"));
                }
                out.println(outcome.selection().line() + (eachArticle ? ", each article alone" : "")
                        + "; asker locale: " + asker.label());
                for (LanguageFigures f : report.byLanguage().values()) {
                    out.println(f.line());
                }
                out.println(report.summaryLine());
            }
            outcome.baseline().ifPresent(plain -> {
                for (LanguageFigures f : plain.byLanguage().values()) {
                    err.println("plain BM25 baseline: " + f.line());
                }
                err.println("plain BM25 baseline: " + plain.summaryLine());
                err.flush();
            });
            out.flush();
        }
        return 0;
    }

    private EvalRun.Outcome wholeCorpus(
            Settings settings, List<EvalQuestion> questions, ArticleSplit part, AskerLocale asker, PrintWriter err)
            throws IOException {
        App app = new App(settings);
        try (var index = common.open(app, err).index()) {
            return EvalRun.run(app.answerService(index), index, questions, part, asker, baseline);
        }
    }

    /** Each article of the part as a corpus of its own, asked its own questions; the results put together. */
    private EvalRun.Outcome eachArticle(
            Settings settings, List<EvalQuestion> questions, ArticleSplit part, AskerLocale asker, PrintWriter err)
            throws IOException {
        if (!Files.isDirectory(settings.corpus())) {
            throw new UsageException("the corpus folder " + settings.corpus() + " does not exist");
        }
        return EvalRun.eachArticle(settings.corpus(), questions, part, asker, (corpus, dataDir, about) -> {
            App app = new App(settings.withCorpus(corpus).withDataDir(dataDir));
            try (var index = common.open(app, err).index()) {
                return EvalRun.run(app.answerService(index), index, about, ArticleSplit.ALL, asker, baseline);
            }
        });
    }

    private static String shorten(String s) {
        return s.length() <= 90 ? s : s.substring(0, 89) + "…";
    }
}
