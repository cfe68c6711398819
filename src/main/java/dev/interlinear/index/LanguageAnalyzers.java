package dev.interlinear.index;

import dev.interlinear.language.Folding;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.IOUtils;

/**
 * One analyser per language, from a plain map (as Anserini does), plus the language-neutral n-gram
 * analyser. Every analyser splits digits from letters first ("10GW" -> "10 GW"), lower-cases, removes the
 * language's stop words, stems lightly and folds accents (after stemming: the stemmers expect accents).
 * Languages with an entry: de, en, pt, es, fr, it, nl, and ru, el, tr, ro, hi, ar with Lucene's stop words and
 * stemmers for them (on XQuAD they raised hit@1 by 2 to 7 points in each of these six languages). Languages
 * without an entry get the default: no stemming, stop words of none, accents folded. Thai has Lucene's stop words
 * and ICU's word segmentation (XQuAD Thai hit@1 0.26 to 0.89); Chinese keeps the standard tokeniser's single
 * characters, as ICU's words measured no better there (fit half 0.750 to 0.741).
 */
public final class LanguageAnalyzers {

    /** n of the character n-grams: long enough to mean something, short enough to bridge cognates. */
    public static final int GRAM = 4;

    private static final CharArraySet FRENCH_ELISIONS = new CharArraySet(
            java.util.List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"),
            true);

    /**
     * Snowball's English list (174 words, with "I", "my", "out", "can"): Lucene's default English set has
     * only 33, which leaves a question's pronouns and auxiliaries to dominate its score.
     */
    private static final CharArraySet ENGLISH_STOP_WORDS = loadSnowballStopWords("english_stop.txt");

    private final Map<String, Chain> chains = new HashMap<>();
    private final Map<String, Analyzer> byLanguage = new HashMap<>();
    private final Analyzer fallback;
    private final Analyzer grams;

    public LanguageAnalyzers() {
        chains.put(
                "de",
                new Chain(
                        GermanAnalyzer.getDefaultStopSet(),
                        ts -> new GermanLightStemFilter(new GermanNormalizationFilter(ts))));
        chains.put("en", new Chain(ENGLISH_STOP_WORDS, ts -> new PorterStemFilter(new EnglishPossessiveFilter(ts))));
        chains.put("pt", new Chain(PortugueseAnalyzer.getDefaultStopSet(), PortugueseLightStemFilter::new));
        chains.put("es", new Chain(SpanishAnalyzer.getDefaultStopSet(), SpanishLightStemFilter::new));
        chains.put(
                "fr",
                new Chain(
                        FrenchAnalyzer.getDefaultStopSet(),
                        ts -> new FrenchLightStemFilter(new ElisionFilter(ts, FRENCH_ELISIONS))));
        chains.put("it", new Chain(ItalianAnalyzer.getDefaultStopSet(), ItalianLightStemFilter::new));
        chains.put(
                "nl",
                new Chain(
                        DutchAnalyzer.getDefaultStopSet(),
                        ts -> new SnowballFilter(ts, new org.tartarus.snowball.ext.DutchStemmer())));
        // The n-gram field drops the stop words of the languages above only: those of the languages below (Romanian
        // "care", Turkish "bir") are words elsewhere, and their scripts' function words are weighed by rarity there.
        CharArraySet allStopWords = new CharArraySet(256, true);
        chains.keySet().forEach(lang -> allStopWords.addAll(stopWords(lang)));
        chains.put("ru", new Chain(RussianAnalyzer.getDefaultStopSet(), RussianLightStemFilter::new));
        chains.put(
                "el",
                new Chain(GreekAnalyzer.getDefaultStopSet(), ts -> new GreekStemFilter(new GreekLowerCaseFilter(ts))));
        chains.put(
                "tr",
                new Chain(
                        TurkishAnalyzer.getDefaultStopSet(),
                        ts -> new SnowballFilter(
                                new ApostropheFilter(ts), new org.tartarus.snowball.ext.TurkishStemmer())));
        chains.put(
                "ro",
                new Chain(
                        RomanianAnalyzer.getDefaultStopSet(),
                        ts -> new SnowballFilter(ts, new org.tartarus.snowball.ext.RomanianStemmer())));
        chains.put(
                "hi",
                new Chain(
                        HindiAnalyzer.getDefaultStopSet(),
                        ts -> new HindiStemFilter(new HindiNormalizationFilter(new IndicNormalizationFilter(ts)))));
        chains.put(
                "ar",
                new Chain(
                        ArabicAnalyzer.getDefaultStopSet(),
                        ts -> new ArabicStemFilter(new ArabicNormalizationFilter(ts))));
        chains.forEach((lang, chain) -> byLanguage.put(lang, analyzer(chain::after)));
        // Thai is written without spaces between words: ICU's dictionary segmentation finds them, where the
        // standard tokeniser keeps a whole run of Thai as one token that no question word ever equals.
        byLanguage.put("th", analyzer(ICUTokenizer::new, new Chain(ThaiAnalyzer.getDefaultStopSet(), ts -> ts)::after));
        fallback = analyzer(new Chain(CharArraySet.EMPTY_SET, ts -> ts)::after);
        // Words folded as the ranker folds them (Folding), cut into 4-grams, every other one indexed (questions
        // look up all of theirs); words shorter or longer than that are kept whole too.
        grams =
                analyzer(new Chain(
                        allStopWords,
                        ts -> ts,
                        ts -> new AlternateGramFilter(new NGramTokenFilter(ts, GRAM, GRAM, true), GRAM))::after);
    }

    /** The analyser of a language (base tag), or the default one. */
    public Analyzer forLanguage(String lang) {
        return byLanguage.getOrDefault(lang, fallback);
    }

    public boolean hasOwnAnalyzer(String lang) {
        return byLanguage.containsKey(lang);
    }

    /** The analyser of the n-gram field as indexed: every other n-gram of a word (see {@link AlternateGramFilter}). */
    public Analyzer grams() {
        return grams;
    }

    /** The terms a language's analyser makes of a text, in order. */
    public List<String> terms(String lang, String text) {
        return terms(forLanguage(lang), text);
    }

    /** The terms an analyser makes of a text, in order. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string cannot fail", e);
        }
        return out;
    }

    /** The stop words a language's analyser removes. */
    public CharArraySet stopWords(String lang) {
        return switch (lang) {
            case "de" -> GermanAnalyzer.getDefaultStopSet();
            case "en" -> ENGLISH_STOP_WORDS;
            case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "it" -> ItalianAnalyzer.getDefaultStopSet();
            case "nl" -> DutchAnalyzer.getDefaultStopSet();
            case "ru" -> RussianAnalyzer.getDefaultStopSet();
            case "el" -> GreekAnalyzer.getDefaultStopSet();
            case "tr" -> TurkishAnalyzer.getDefaultStopSet();
            case "ro" -> RomanianAnalyzer.getDefaultStopSet();
            case "hi" -> HindiAnalyzer.getDefaultStopSet();
            case "ar" -> ArabicAnalyzer.getDefaultStopSet();
            case "th" -> ThaiAnalyzer.getDefaultStopSet();
            default -> CharArraySet.EMPTY_SET;
        };
    }

    private static CharArraySet loadSnowballStopWords(String resource) {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(resource);
                Reader reader =
                        IOUtils.getDecodingReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's " + resource + " is missing", e);
        }
    }

    /**
     * What follows lower-casing in one analyser: stop words, then {@code stemming} (which expects accents),
     * {@linkplain Folding folding}, then {@code afterFolding}.
     */
    private record Chain(
            CharArraySet stopWords,
            Function<TokenStream, TokenStream> stemming,
            Function<TokenStream, TokenStream> afterFolding) {

        Chain(CharArraySet stopWords, Function<TokenStream, TokenStream> stemming) {
            this(stopWords, stemming, ts -> ts);
        }

        TokenStream after(TokenStream lowerCased) {
            TokenStream ts = new StopFilter(lowerCased, stopWords);
            ts = stemming.apply(ts);
            return afterFolding.apply(Folding.filter(ts));
        }
    }

    /** The one analysis chain of every field: digits split from letters, standard tokens, lower case, then the rest. */
    private static Analyzer analyzer(Function<TokenStream, TokenStream> afterLowerCase) {
        return analyzer(StandardTokenizer::new, afterLowerCase);
    }

    private static Analyzer analyzer(Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream> afterLowerCase) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new DigitLetterSplitter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, afterLowerCase.apply(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return Folding.filter(new LowerCaseFilter(in));
            }
        };
    }
}
