package dev.interlinear.language;

import dev.interlinear.language.OpenNlpLanguageDetector.Calibration;
import dev.interlinear.language.OpenNlpLanguageDetector.QuestionEvidence;
import dev.interlinear.language.QuestionSets.QuestionSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Fits {@link Calibration#QUESTIONS} and shows how well it is calibrated. Each argument is a question file,
 * {@code fit:name=path} to fit on or {@code check:name=path} only to check on; every question counts whole and as
 * a chat message ({@link QuestionSets#chatMessage}). Run from the project folder after {@code mvn test-compile}:
 *
 * <pre>
 * java -cp target/test-classes:target/interlinear.jar dev.interlinear.language.QuestionLanguageCalibration \
 *   fit:xq=../shared/eval/xquad-dev/questions.jsonl fit:xqmore=../shared/eval/xquad-dev/more.jsonl \
 *   check:dev=eval/dev-questions.jsonl check:debian=eval/debian-reference-questions.jsonl
 * </pre>
 */
public final class QuestionLanguageCalibration {

    private record Row(boolean fit, boolean chat, String lang, QuestionEvidence evidence) {
        int truth() {
            return List.of(evidence.tags()).indexOf(lang);
        }
    }

    private QuestionLanguageCalibration() {}

    public static void main(String[] args) {
        LanguageDetectorModel model = OpenNlpLanguageDetector.loadModel();
        List<Row> rows = new ArrayList<>();
        for (String arg : args) {
            boolean fit = arg.startsWith("fit:");
            QuestionSet set = QuestionSets.read(arg.substring(arg.indexOf(':') + 1));
            OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(model, set.languages());
            for (QuestionSet s : List.of(set, set.chat())) {
                boolean chat = s != set;
                s.questions()
                        .forEach(q -> detector.questionEvidence(q.text())
                                .ifPresent(e -> rows.add(new Row(fit, chat, q.lang(), e))));
            }
        }
        Calibration best = Calibration.QUESTIONS;
        double bestLikelihood = logLikelihood(rows, best);
        // coordinate ascent: each parameter in turn over a grid, the others fixed, until nothing improves
        for (int round = 0; round < 6; round++) {
            for (int parameter = 0; parameter < 3; parameter++) {
                for (int step = 0; step <= 60; step++) {
                    Calibration c = switch (parameter) {
                        case 0 -> new Calibration(1 * Math.pow(1.08, step), best.decay(), best.functionWordWeight());
                        case 1 -> new Calibration(best.modelWeight(), step / 50.0, best.functionWordWeight());
                        default -> new Calibration(best.modelWeight(), best.decay(), step / 6.0);
                    };
                    double ll = logLikelihood(rows, c);
                    if (ll > bestLikelihood) {
                        bestLikelihood = ll;
                        best = c;
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "in use: %s, log-likelihood %.1f%n",
                Calibration.QUESTIONS,
                logLikelihood(rows, Calibration.QUESTIONS));
        System.out.printf(Locale.ROOT, "best:   %s, log-likelihood %.1f%n", best, bestLikelihood);
        for (boolean fit : new boolean[] {true, false}) {
            for (boolean chat : new boolean[] {false, true}) {
                System.out.printf(
                        "%s, %s: probability given -> share right (Latin-script questions)%n",
                        fit ? "fit" : "check", chat ? "chat messages" : "whole questions");
                double[] edges = {0, 0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.999, 1.0001};
                int[] n = new int[edges.length];
                int[] right = new int[edges.length];
                for (Row r : rows) {
                    if (r.fit() != fit || r.chat() != chat || !latin(r.lang())) {
                        continue;
                    }
                    LanguageGuess g = r.evidence().guess(Calibration.QUESTIONS);
                    int b = 0;
                    while (g.confidence() >= edges[b + 1]) {
                        b++;
                    }
                    n[b]++;
                    right[b] += g.lang().equals(r.lang()) ? 1 : 0;
                }
                for (int b = 0; b + 1 < edges.length; b++) {
                    if (n[b] > 0) {
                        System.out.printf(
                                Locale.ROOT,
                                "  [%.3f, %.3f)  n=%5d  right %.4f%n",
                                edges[b],
                                Math.min(1, edges[b + 1]),
                                n[b],
                                (double) right[b] / n[b]);
                    }
                }
            }
        }
    }

    private static boolean latin(String lang) {
        return List.of("en", "de", "pt", "es", "fr", "it", "nl", "ro", "tr", "vi")
                .contains(lang);
    }

    private static double logLikelihood(List<Row> rows, Calibration c) {
        double ll = 0;
        for (Row r : rows) {
            if (r.fit() && r.evidence().settled() < 0) {
                ll += Math.log(Math.max(r.evidence().probabilities(c)[r.truth()], 1e-12));
            }
        }
        return ll;
    }
}
