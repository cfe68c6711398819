package dev.interlinear.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;

/**
 * Analyses sentences for the index once for all the fields that hold them. A sentence is tokenised once; its
 * words go once through the stop words, stemmer and folding of a language (the body field replays the terms,
 * and so do the context fields of its neighbours) and once through the n-gram chain. The terms are exactly
 * those of the language analysers of {@link LanguageAnalyzers}, which questions are analysed with.
 *
 * <p>Why: a sentence used to be analysed four times (its body, twice as a neighbour's context, its n-grams),
 * and analysis was half the cost of writing a document. Not thread-safe: one per article being indexed.
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
        return languages.computeIfAbsent(lang, l -> Chain.over(source -> analyzers.afterLowerCase(l, source)))
                .run(words);
    }

    /** What the n-gram analyser makes of a text, from the text's words. */
    AnalyzedText grams(AnalyzedText words) {
        if (grams == null) {
            grams = Chain.over(analyzers::gramsAfterLowerCase);
        }
        return grams.run(words);
    }

    /** The second half of an analyser over a source that replays words; reused for every sentence. */
    private record Chain(ReplayedTokens source, TokenStream filters) {

        static Chain over(java.util.function.Function<TokenStream, TokenStream> afterLowerCase) {
            ReplayedTokens source = new ReplayedTokens(AnalyzedText.EMPTY);
            return new Chain(source, afterLowerCase.apply(source));
        }

        AnalyzedText run(AnalyzedText words) {
            source.play(words);
            try {
                return AnalyzedText.read(filters);
            } catch (IOException e) {
                throw new UncheckedIOException("analysis of in-memory words cannot fail", e);
            }
        }
    }
}
