package dev.interlinear.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@code eval --json} (DESIGN.md, Question files): the metrics of the run, {@code split}, {@code asker_locale},
 * {@code by_language}, {@code baseline} (with {@code --baseline}: the same metrics and {@code by_language} for
 * plain BM25) and {@code results}, one per question.
 */
public final class EvalJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EvalJson() {}

    public static ObjectNode of(EvalRun.Outcome outcome) {
        ObjectNode root = metrics(outcome.report());
        EvalRun.Selection selection = outcome.selection();
        ObjectNode split = root.putObject("split");
        split.put("part", selection.split().label());
        split.put("articles", selection.articles());
        split.put("of_articles", selection.allArticles());
        split.put("questions", selection.questions().size());
        split.put("of_questions", selection.allQuestions());
        root.put("asker_locale", outcome.locale().label());
        outcome.baseline().ifPresent(baseline -> root.set("baseline", metrics(baseline)));
        ArrayNode results = root.putArray("results");
        for (EvalResult r : outcome.report().results()) {
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

    /** The summary metrics and {@code by_language} of one report. */
    static ObjectNode metrics(EvalReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("hit_at_1", report.hitAt1());
        root.put("mrr_at_5", report.mrrAt5());
        root.put("declined", report.declined());
        root.put("unanswerable", report.unanswerable());
        root.put("wrong_language", report.wrongLanguage());
        root.put("n", report.n());
        root.set("by_language", byLanguage(report.byLanguage()));
        return root;
    }

    static ObjectNode byLanguage(Map<String, LanguageFigures> figures) {
        ObjectNode out = NODES.objectNode();
        figures.forEach((lang, f) -> {
            ObjectNode n = out.putObject(lang);
            share(n, "answerable_hit_at_1", f.answerableHitAt1());
            share(n, "mrr_at_5", f.mrrAt5());
            n.put("declined", f.declined());
            n.put("unanswerable", f.unanswerable());
            n.put("wrong_language", f.wrongLanguage());
            n.put("answerable", f.answerable());
            n.put("n", f.n());
        });
        return out;
    }

    private static void share(ObjectNode node, String name, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(name, value.getAsDouble());
        } else {
            node.putNull(name);
        }
    }
}
