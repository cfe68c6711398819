package dev.interlinear.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps the first, third, fifth... n-gram of each word, and every token that is not an n-gram (the whole word).
 *
 * <p>Why: n-grams were two thirds of the index's terms and a quarter of the build's time. Questions look up all
 * the n-grams of their words, so two words that share any {@code n + 1} letters still share an indexed n-gram:
 * of the two n-grams inside the shared letters, one starts at an even offset of the indexed word.
 *
 * <p>Follows a filter that gives a word's n-grams one position (the first with the word's increment, the rest
 * with 0), as {@link org.apache.lucene.analysis.ngram.NGramTokenFilter} does.
 */
final class AlternateGramFilter extends TokenFilter {

    private final int gram;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int gramsOfWord;

    /** @param gram n, the length of the n-grams in code points */
    AlternateGramFilter(TokenStream input, int gram) {
        super(input);
        this.gram = gram;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (increment.getPositionIncrement() > 0) {
                gramsOfWord = 0; // a new word
            }
            boolean isGram = Character.codePointCount(term, 0, term.length()) == gram;
            if (!isGram || gramsOfWord++ % 2 == 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        gramsOfWord = 0;
    }
}
