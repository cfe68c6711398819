package dev.interlinear.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms an analyser made of a text, with their position increments and the increment left at its end
 * (stop words after the last term): enough to replay them into a field, or to join them with the terms of
 * other texts exactly as analysing the texts joined by spaces would have given them.
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

    /**
     * The terms of texts joined by spaces. A space always ends a token, so the terms are those of the parts in
     * order; only the increments meet: stop words at the end of one part move the next part's first term on.
     */
    static AnalyzedText join(List<AnalyzedText> parts) {
        List<String> terms = new ArrayList<>();
        int size = 0;
        for (AnalyzedText p : parts) {
            size += p.terms.size();
        }
        int[] increments = new int[size];
        int pending = 0;
        for (AnalyzedText p : parts) {
            if (p.terms.isEmpty()) {
                pending += p.finalIncrement;
                continue;
            }
            System.arraycopy(p.increments, 0, increments, terms.size(), p.increments.length);
            increments[terms.size()] += pending;
            terms.addAll(p.terms);
            pending = p.finalIncrement;
        }
        return new AnalyzedText(terms, increments, pending);
    }
}
