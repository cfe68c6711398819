package dev.interlinear.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Tokens analysed before, played back: the source of a field whose text was already analysed, or of the
 * second half of an analyser fed with words that were tokenised once for several fields.
 */
final class ReplayedTokens extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private AnalyzedText text;
    private int next;

    ReplayedTokens(AnalyzedText text) {
        this.text = text;
    }

    /** Plays other tokens from the next {@link #reset()}: one stream (or chain of filters) serves many sentences. */
    void play(AnalyzedText other) {
        this.text = other;
    }

    @Override
    public boolean incrementToken() {
        if (next >= text.terms().size()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(text.terms().get(next));
        increment.setPositionIncrement(text.increments()[next]);
        next++;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        increment.setPositionIncrement(text.finalIncrement());
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
    }
}
