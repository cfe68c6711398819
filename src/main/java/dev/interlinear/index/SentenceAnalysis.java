package dev.interlinear.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;

/**
 * Analyses sentences for the index once for all the fields that hold them. A sentence is tokenised once; its
 * words go through the stop words, stemmer and folding of a language (the body field replays the terms) and
 * through the n-gram chain, each word once per chain (see {@link Chain}). The terms are exactly those of the
 * language analysers of {@link LanguageAnalyzers}, which questions are analysed with.
 *
 * <p>Why: analysis was half the cost of writing a document. Not thread-safe: one per indexing thread.
 */
final class SentenceAnalysis {

    private final LanguageAnalyzers analyzers;
    private final Map<String, Chain> languages = new HashMap<>();
    private Chain grams;

    SentenceAnalysis(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The lower-cased words of a text (digits split from letters, standard tokens). */
    AnalyzedText words(String text) {
        try (TokenStream ts = analyzers.lowerCasedWords().tokenStream("", text)) {
            return AnalyzedText.read(ts);
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string cannot fail", e);
        }
    }

    /** What a language's analyser makes of a text, from the text's words. */
    AnalyzedText inLanguage(AnalyzedText words, String lang) {
        return languages.computeIfAbsent(lang, l -> new Chain(source -> analyzers.afterLowerCase(l, source)))
                .run(words);
    }

    /** What the n-gram analyser makes of a text, from the text's words. */
    AnalyzedText grams(AnalyzedText words) {
        if (grams == null) {
            grams = new Chain(analyzers::gramsAfterLowerCase);
        }
        return grams.run(words);
    }

    /**
     * The second half of an analyser over a source that replays words; reused for every sentence.
     *
     * <p>Every filter after lower-casing works on one token at a time; only skipped stop words carry over, into
     * the position increment of the next term and of the end. So a sentence's terms are its words' terms in
     * order, and each word is analysed once and remembered (a Zipf vocabulary repeats most words: analysis
     * was a tenth of indexing). The end is left to the chain itself, over the stop words after the last term.
     */
    private static final class Chain {
        /** Words remembered per chain; a bound on memory, far above the words that make up most text. */
        private static final int MAX_WORDS = 20_000;

        private final ReplayedTokens source = new ReplayedTokens(AnalyzedText.EMPTY);
        private final TokenStream filters;
        private final Map<String, AnalyzedText> byWord = new HashMap<>();
        private final Map<Integer, Integer> endByFinalIncrement = new HashMap<>();

        Chain(Function<TokenStream, TokenStream> afterLowerCase) {
            this.filters = afterLowerCase.apply(source);
        }

        AnalyzedText run(AnalyzedText words) {
            List<String> terms = new ArrayList<>(words.terms().size() * 2);
            int[] increments = new int[Math.max(8, words.terms().size() * 2)];
            int pending = 0;
            int afterLastTerm = 0;
            for (int i = 0; i < words.terms().size(); i++) {
                AnalyzedText alone = alone(words.terms().get(i));
                if (alone.terms().isEmpty()) {
                    pending += words.increments()[i];
                    continue;
                }
                if (terms.size() + alone.terms().size() > increments.length) {
                    increments = Arrays.copyOf(increments, 2 * (terms.size() + alone.terms().size()));
                }
                // Analysed alone, the word came with an increment of 1; here it comes with its own plus the
                // positions of the stop words before it.
                increments[terms.size()] = alone.increments()[0] - 1 + words.increments()[i] + pending;
                System.arraycopy(alone.increments(), 1, increments, terms.size() + 1, alone.terms().size() - 1);
                terms.addAll(alone.terms());
                pending = 0;
                afterLastTerm = i + 1;
            }
            int end = afterLastTerm == words.terms().size() ? endWithNothingAfter(words.finalIncrement())
                    : analyse(new AnalyzedText(words.terms().subList(afterLastTerm, words.terms().size()),
                            Arrays.copyOfRange(words.increments(), afterLastTerm, words.terms().size()),
                            words.finalIncrement())).finalIncrement();
            return new AnalyzedText(terms, Arrays.copyOf(increments, terms.size()), end);
        }

        /**
         * The chain's end increment when no word follows the last term: it depends only on the words' own end
         * increment, so it is worked out once per value instead of running the chain once per sentence.
         */
        private int endWithNothingAfter(int finalIncrement) {
            return endByFinalIncrement.computeIfAbsent(finalIncrement,
                    f -> analyse(new AnalyzedText(List.of(), new int[0], f)).finalIncrement());
        }

        private AnalyzedText alone(String word) {
            AnalyzedText known = byWord.get(word);
            if (known == null) {
                known = analyse(new AnalyzedText(List.of(word), new int[] {1}, 0));
                if (byWord.size() < MAX_WORDS) {
                    byWord.put(word, known);
                }
            }
            return known;
        }

        private AnalyzedText analyse(AnalyzedText words) {
            source.play(words);
            try {
                return AnalyzedText.read(filters);
            } catch (IOException e) {
                throw new UncheckedIOException("analysis of in-memory words cannot fail", e);
            }
        }
    }
}
