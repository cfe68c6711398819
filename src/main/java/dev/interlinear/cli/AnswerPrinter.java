package dev.interlinear.cli;

import dev.interlinear.answer.AlignedSentence;
import dev.interlinear.answer.Answer;
import dev.interlinear.answer.AnswerResult;
import dev.interlinear.language.Languages;
import java.io.PrintWriter;

/** Plain-text rendering of an answer for the terminal. */
final class AnswerPrinter {

    void print(AnswerResult r, PrintWriter out) {
        if (!r.answered()) {
            out.println(
                    "The articles do not answer this question. (read as " + Languages.englishName(r.language()) + ")");
            out.flush();
            return;
        }
        Answer a = r.answer().orElseThrow();
        out.println(a.title() + " [" + a.lang() + "], sentence " + a.sentenceIndex()
                + String.format(java.util.Locale.ROOT, " (confidence %.2f)", a.score()));
        if (r.fallback()) {
            out.println("No " + Languages.englishName(r.language()) + " translation; answering from the "
                    + Languages.englishName(a.lang()) + " one.");
        }
        out.println();
        out.println("  \u201C" + a.sentence() + "\u201D");
        out.println();
        out.println("  " + a.link());
        a.readerLink().ifPresent(l -> out.println("  " + l));
        a.discrepancy()
                .ifPresent(d -> out.println("  Note: the " + Languages.englishName(d.lang())
                        + " translation gives a different figure here: " + d.figure() + " (this one says "
                        + d.ownFigure() + ")."));
        for (AlignedSentence t : a.translations()) {
            out.println();
            out.println("  [" + t.lang() + "] " + t.sentence());
            out.println("  " + t.link());
        }
        out.flush();
    }
}
