package dev.interlinear.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analyses sentences for the index once for all the fields that hold them. A sentence is tokenised once; its
 * words go through the stop words, stemmer and folding of a language (the body field replays the terms) and
 * through the n-gram chain, each word once per chain (see {@link Chain}). The terms are exactly those of the
 * analysers of {@link LanguageAnalyzers}: the language analysers, which questions are analysed with too, and the
 * n-gram field's (questions build all the n-grams of their words themselves).
 *
 * <p>Why: analysis was half the cost of writing a document. Not thread-safe: one per indexing thread.
 */
final class SentenceAnalysis {

    /**
     * Words remembered, with their terms in every chain (language) that met them; a bound on memory, far above
     * the words that make up most text. Words beyond it are analysed again at each occurrence.
     */
    private static final int MAX_WORDS = 20_000;

    private final LanguageAnalyzers analyzers;
    /** Looked up from the tokeniser's buffer, so a word met before costs no new string. */
    private final CharArrayMap<Word> known = new CharArrayMap<>(1024, false);
    private final Map<String, Chain> languages = new HashMap<>();
    private Chain grams;
    private int chains;

    SentenceAnalysis(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * A lower-cased word, with what each chain made of it once asked: one look-up per word of a sentence serves
     * all its fields.
     */
    static final class Word {
        final String text;
        private AnalyzedText[] byChain = new AnalyzedText[2];

        Word(String text) {
            this.text = text;
        }
    }

    /** The lower-cased words of a text, with their position increments and the increment left at its end. */
    record Words(List<Word> words, int[] increments, int finalIncrement) {
    }

    /** The lower-cased words of a text (digits split from letters, standard tokens). */
    Words words(String text) {
        try (TokenStream ts = analyzers.lowerCasedWords().tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            List<Word> words = new ArrayList<>();
            int[] increments = new int[16];
            ts.reset();
            while (ts.incrementToken()) {
                Word word = known.get(term.buffer(), 0, term.length());
                if (word == null) {
                    word = new Word(term.toString());
                    if (known.size() < MAX_WORDS) {
                        known.put(word.text, word);
                    }
                }
                if (words.size() == increments.length) {
                    increments = Arrays.copyOf(increments, increments.length * 2);
                }
                increments[words.size()] = increment.getPositionIncrement();
                words.add(word);
            }
            ts.end();
            return new Words(words, Arrays.copyOf(increments, words.size()), increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string cannot fail", e);
        }
    }

    /** What a language's analyser makes of a text, from the text's words. */
    AnalyzedText inLanguage(Words words, String lang) {
        return languages.computeIfAbsent(lang, l -> new Chain(chains++, source -> analyzers.afterLowerCase(l, source)))
                .run(words);
    }

    /** What the n-gram analyser makes of a text, from the text's words. */
    AnalyzedText grams(Words words) {
        if (grams == null) {
            grams = new Chain(chains++, analyzers::gramsAfterLowerCase);
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
        /** End increments worked out per words' end increment below this (higher ones are rare: not kept). */
        private static final int KEPT_ENDS = 16;

        private final int id;
        private final ReplayedTokens source = new ReplayedTokens(AnalyzedText.EMPTY);
        private final TokenStream filters;
        private final int[] endByFinalIncrement = new int[KEPT_ENDS];

        Chain(int id, Function<TokenStream, TokenStream> afterLowerCase) {
            this.id = id;
            this.filters = afterLowerCase.apply(source);
            Arrays.fill(endByFinalIncrement, -1);
        }

        AnalyzedText run(Words words) {
            int count = words.words().size();
            List<String> terms = new ArrayList<>(count * 2);
            int[] increments = new int[Math.max(8, count * 2)];
            int pending = 0;
            int afterLastTerm = 0;
            for (int i = 0; i < count; i++) {
                AnalyzedText alone = alone(words.words().get(i));
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
            int end = afterLastTerm == count ? endWithNothingAfter(words.finalIncrement())
                    : analyse(new AnalyzedText(
                            words.words().subList(afterLastTerm, count).stream().map(w -> w.text).toList(),
                            Arrays.copyOfRange(words.increments(), afterLastTerm, count),
                            words.finalIncrement())).finalIncrement();
            return new AnalyzedText(terms, Arrays.copyOf(increments, terms.size()), end);
        }

        /**
         * The chain's end increment when no word follows the last term: it depends only on the words' own end
         * increment, so it is worked out once per value instead of running the chain once per sentence.
         */
        private int endWithNothingAfter(int finalIncrement) {
            if (finalIncrement < 0 || finalIncrement >= KEPT_ENDS) {
                return analyse(new AnalyzedText(List.of(), new int[0], finalIncrement)).finalIncrement();
            }
            if (endByFinalIncrement[finalIncrement] < 0) {
                endByFinalIncrement[finalIncrement] =
                        analyse(new AnalyzedText(List.of(), new int[0], finalIncrement)).finalIncrement();
            }
            return endByFinalIncrement[finalIncrement];
        }

        private AnalyzedText alone(Word word) {
            if (id < word.byChain.length && word.byChain[id] != null) {
                return word.byChain[id];
            }
            AnalyzedText analysed = analyse(new AnalyzedText(List.of(word.text), new int[] {1}, 0));
            if (id >= word.byChain.length) {
                word.byChain = Arrays.copyOf(word.byChain, id + 1);
            }
            word.byChain[id] = analysed;
            return analysed;
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
