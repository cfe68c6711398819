package dev.interlinear.answer;

import dev.interlinear.language.LanguageDetector;
import dev.interlinear.language.OpenNlpLanguageDetector;
import dev.interlinear.language.QuestionSets;
import dev.interlinear.language.QuestionSets.Question;
import dev.interlinear.language.QuestionSets.QuestionSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Per language, on whole questions and on chat messages (their first two to five words, lower case): how often the
 * detector's best guess is right, and how often the reply language is the question's with no locale, with the
 * asker's locale in the question's language, and with a locale in another language (English, German for English
 * questions), as {@link ReplyLanguage} chooses it over the configured languages and the file's (default English).
 * Run from the project folder after {@code mvn test-compile}:
 *
 * <pre>
 * java -cp target/test-classes:target/interlinear.jar dev.interlinear.answer.QuestionLanguageReport \
 *   xq=../shared/eval/xquad-dev/questions.jsonl xqmore=../shared/eval/xquad-dev/more.jsonl \
 *   dev=eval/dev-questions.jsonl debian=eval/debian-reference-questions.jsonl
 * </pre>
 */
public final class QuestionLanguageReport {

    private QuestionLanguageReport() {}

    public static void main(String[] args) {
        LanguageDetectorModel model = OpenNlpLanguageDetector.loadModel();
        for (String arg : args) {
            QuestionSet whole = QuestionSets.read(arg);
            LanguageDetector detector = new OpenNlpLanguageDetector(model, whole.languages());
            ReplyLanguage reply = new ReplyLanguage(detector, whole.languages(), "en");
            for (QuestionSet set : List.of(whole, whole.chat())) {
                System.out.printf(
                        "%s, %s%n  lang      n  detected  reply: no locale  own locale  other locale%n",
                        set.name(), set == whole ? "whole questions" : "chat messages");
                Map<String, int[]> byLang = new TreeMap<>();
                for (Question q : set.questions()) {
                    int[] c = byLang.computeIfAbsent(q.lang(), k -> new int[5]);
                    String other = q.lang().equals("en") ? "de" : "en";
                    AskRequest asked = AskRequest.of(q.text());
                    c[0]++;
                    c[1] += detector.detectQuestion(q.text())
                                    .filter(g -> g.lang().equals(q.lang()))
                                    .isPresent()
                            ? 1
                            : 0;
                    c[2] += reply.choose(asked).equals(q.lang()) ? 1 : 0;
                    c[3] += reply.choose(asked.withUserLocale(q.lang())).equals(q.lang()) ? 1 : 0;
                    c[4] += reply.choose(asked.withUserLocale(other)).equals(q.lang()) ? 1 : 0;
                }
                int[] all = new int[5];
                byLang.forEach((lang, c) -> {
                    row(lang, c);
                    for (int i = 0; i < all.length; i++) {
                        all[i] += c[i];
                    }
                });
                row("all", all);
            }
        }
    }

    private static void row(String lang, int[] c) {
        System.out.printf(
                Locale.ROOT,
                "  %-4s %6d  %8.3f  %16.3f  %10.3f  %12.3f%n",
                lang,
                c[0],
                share(c[1], c[0]),
                share(c[2], c[0]),
                share(c[3], c[0]),
                share(c[4], c[0]));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
