package dev.interlinear.answer;

import dev.interlinear.index.Fields;
import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.index.SentenceSignals;
import dev.interlinear.language.Folding;
import dev.interlinear.lexicon.WordTranslations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/** Turns question text into content words with weights, number terms and the kind of answer wanted. */
final class QuestionAnalyzer {

    /** More words than this add nothing to a question and only slow the search down. */
    static final int MAX_WORDS = 32;

    static final double NAME_WEIGHT = 2.0;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final LanguageAnalyzers analyzers;
    private final Interrogatives interrogatives;
    private final SentenceSignals signals;
    private final WordTranslations translations;
    private final TypoCorrection typos;

    QuestionAnalyzer(LanguageAnalyzers analyzers, Interrogatives interrogatives, SentenceSignals signals) {
        this(analyzers, interrogatives, signals, WordTranslations.empty(), TypoCorrection.none());
    }

    /**
     * @param translations the dictionaries' translations of question words into the articles' terms
     * @param typos        what reads a word no sentence has as the indexed word it is a slip of
     */
    QuestionAnalyzer(
            LanguageAnalyzers analyzers,
            Interrogatives interrogatives,
            SentenceSignals signals,
            WordTranslations translations,
            TypoCorrection typos) {
        this.analyzers = analyzers;
        this.interrogatives = interrogatives;
        this.signals = signals;
        this.translations = translations;
        this.typos = typos;
    }

    AnalyzedQuestion analyze(String question, String lang, SentenceIndex index) {
        AnswerType type = interrogatives.typeOf(question, lang);
        String content = interrogatives.withoutQuestionWords(question, lang);
        Map<String, String> written = new HashMap<>();
        Map<String, String> stemsBySurface = stems(content, analyzers.forLanguage(lang), written);
        // German capitalises every noun, so there capitals say nothing about names.
        Set<String> names = lang.equals("de") ? Set.of() : nameLike(question);
        List<QueryWord> words = index.withSearcher(
                searcher -> weighed(stemsBySurface, written, lang, names, searcher.getIndexReader()));
        List<String> numbers = signals.numberTermsWrittenInDigits(question, lang).stream()
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        return new AnalyzedQuestion(lang, type, List.copyOf(words), numbers);
    }

    /** The content words with their weights, every document frequency read from one reader. */
    private List<QueryWord> weighed(
            Map<String, String> stemsBySurface,
            Map<String, String> written,
            String lang,
            Set<String> names,
            IndexReader reader)
            throws IOException {
        int docs = Math.max(1, reader.numDocs());
        List<QueryWord> words = new ArrayList<>();
        for (var e : stemsBySurface.entrySet()) {
            if (words.size() == MAX_WORDS) {
                break;
            }
            String folded = e.getKey();
            if (folded.chars().allMatch(Character::isDigit)) {
                continue; // numbers are matched as canonical number terms
            }
            String stem = e.getValue();
            Frequency f = frequency(reader, lang, folded, stem);
            // A name written with its capital is spelt as meant; "opneai" typed in lower case may be a slip.
            if (f.unseen() && !names.contains(folded)) {
                Optional<String> corrected = typos.correct(
                        stem, written.getOrDefault(folded, folded), lang, reader, translations.stems(lang));
                if (corrected.isPresent()) {
                    folded = Folding.fold(corrected.get());
                    stem = corrected.get();
                    f = frequency(reader, lang, folded, stem);
                }
            }
            double idf = Math.log(1 + (docs - f.anywhere() + 0.5) / (f.anywhere() + 0.5));
            if (f.unseen() && names.contains(folded)) {
                // A name the articles never mention ("the CEO of Apple") pins the question to something
                // they do not cover: it counts double, so the rest of the question cannot carry it.
                idf *= NAME_WEIGHT;
            }
            words.add(new QueryWord(
                    folded, stem, FoldedWords.grams(folded), idf, f.inLanguage(), f.unseen(), f.translated()));
        }
        return words;
    }

    /**
     * How many sentences have a word.
     *
     * @param inLanguage the sentences of the question's language with its stem (inflections count as one word)
     * @param anywhere   the most of that, of the sentences of any language with the folded word, and of those with
     *                   its most common translation (a word the articles have only in another language is as rare as
     *                   its translation there); 0: no sentence has it, and it weighs most
     */
    private record Frequency(long inLanguage, long anywhere, Map<String, Set<String>> translated) {
        boolean unseen() {
            return anywhere == 0;
        }
    }

    private Frequency frequency(IndexReader reader, String lang, String folded, String stem) throws IOException {
        long inLanguage = reader.docFreq(new Term(Fields.body(lang), stem));
        long anywhere = Math.max(inLanguage, reader.docFreq(new Term(Fields.GRAMS, folded)));
        Map<String, Set<String>> translated = translations.of(lang, stem);
        for (var t : translated.entrySet()) {
            for (String term : t.getValue()) {
                anywhere = Math.max(anywhere, reader.docFreq(new Term(Fields.body(t.getKey()), term)));
            }
        }
        return new Frequency(inLanguage, anywhere, translated);
    }

    /** Folded words written like names: capitalised after the first word, or with capitals inside (OpenAI, TSMC). */
    static Set<String> nameLike(String question) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(question);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            boolean innerCapital = w.length() > 1 && w.substring(1).chars().anyMatch(Character::isUpperCase);
            if (innerCapital || (!first && Character.isUpperCase(w.codePointAt(0)))) {
                out.add(Folding.fold(w));
            }
            first = false;
        }
        return out;
    }

    /** The longest run of letters of a token as written, in lower case: what a spelling dictionary is asked about. */
    private static String longestWritten(String surface) {
        String longest = "";
        for (String piece : surface.split("[^\\p{L}\\p{M}]+")) {
            if (piece.length() > longest.length()) {
                longest = piece;
            }
        }
        return longest.toLowerCase(java.util.Locale.ROOT);
    }

    /** Folded surface word -> stem, in order, for every token the language's analyser keeps. */
    private static Map<String, String> stems(String text, Analyzer analyzer, Map<String, String> written) {
        Map<String, String> out = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                // The surface as the ranker sees words: its longest piece, so "d'étapes" is "etapes" once the
                // elision is gone and "Warsaw's" is "warsaw", not the possessive's "s".
                List<String> pieces = FoldedWords.split(text.substring(offset.startOffset(), offset.endOffset()));
                String surface = text.substring(offset.startOffset(), offset.endOffset());
                pieces.stream()
                        .reduce((a, b) -> b.length() >= a.length() ? b : a)
                        .ifPresent(longest -> {
                            out.putIfAbsent(longest, term.toString());
                            written.putIfAbsent(longest, longestWritten(surface));
                        });
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
