package dev.interlinear.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms an analyser made of a text, with their position increments and the increment left at its end
 * (stop words after the last term): enough to replay them into a field exactly as the analyser gave them.
 */
record AnalyzedText(List<String> terms, int[] increments, int finalIncrement) {

    static final AnalyzedText EMPTY = new AnalyzedText(List.of(), new int[0], 0);

    /** Consumes a stream that has not been reset yet: reset, every token, end. */
    static AnalyzedText read(TokenStream ts) throws IOException {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
        List<String> terms = new ArrayList<>();
        int[] increments = new int[8];
        ts.reset();
        while (ts.incrementToken()) {
            if (terms.size() == increments.length) {
                increments = java.util.Arrays.copyOf(increments, increments.length * 2);
            }
            increments[terms.size()] = increment.getPositionIncrement();
            terms.add(term.toString());
        }
        ts.end();
        return new AnalyzedText(terms, java.util.Arrays.copyOf(increments, terms.size()),
                increment.getPositionIncrement());
    }
}
