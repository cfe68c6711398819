package dev.interlinear.answer;

import dev.interlinear.index.Fields;
import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.index.SentenceSignals;
import dev.interlinear.language.Folding;
import dev.interlinear.lexicon.SpellingDictionaries;
import dev.interlinear.lexicon.WordTranslations;
import dev.interlinear.quantity.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * Words of a question that no article has are taken for typing slips when there are at most this many (or when
     * no article is in the question's language).
     */
    static final int MAX_SLIPS = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final LanguageAnalyzers analyzers;
    private final Interrogatives interrogatives;
    private final SentenceSignals signals;
    private final WordTranslations translations;
    private final SpellingDictionaries spelling;
    private final TypoCorrection typos;
    private final ChatShorthand shorthand = new ChatShorthand();

    QuestionAnalyzer(LanguageAnalyzers analyzers, Interrogatives interrogatives, SentenceSignals signals) {
        this(analyzers, interrogatives, signals, WordTranslations.empty(), SpellingDictionaries.none());
    }

    /**
     * @param translations the dictionaries' translations of question words into the articles' terms
     * @param spelling     the languages' spelling dictionaries: a word no sentence has may be a slip of an indexed
     *                     word, and an inflected word with no translation of its own is looked up by its roots
     */
    QuestionAnalyzer(
            LanguageAnalyzers analyzers,
            Interrogatives interrogatives,
            SentenceSignals signals,
            WordTranslations translations,
            SpellingDictionaries spelling) {
        this.analyzers = analyzers;
        this.interrogatives = interrogatives;
        this.signals = signals;
        this.translations = translations;
        this.spelling = spelling;
        this.typos = new TypoCorrection(spelling);
    }

    AnalyzedQuestion analyze(String typed, String lang, SentenceIndex index) {
        String question = shorthand.expand(typed, lang);
        AnswerType type = interrogatives.typeOf(question, lang);
        String content = interrogatives.withoutQuestionWords(question, lang, type);
        Map<String, Token> tokens = tokens(content, analyzers.forLanguage(lang));
        // German capitalises every noun, so there capitals say nothing about names.
        Set<String> names = lang.equals("de") ? Set.of() : nameLike(question);
        Set<String> references = interrogatives.referencesToTheText(question, lang);
        List<QueryWord> words =
                index.withSearcher(searcher -> weighed(tokens, lang, names, references, searcher.getIndexReader()));
        List<String> numbers = signals.numberTermsWrittenInDigits(question, lang).stream()
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        return new AnalyzedQuestion(lang, type, List.copyOf(words), numbers, index.sentencesPerLanguage());
    }

    /**
     * The content words with their weights, every document frequency read from one reader.
     *
     * @param referencesToTheText the question's words that refer to the text it is about ("laut dem Artikel"): left
     *                            out where no sentence has them
     */
    private List<QueryWord> weighed(
            Map<String, Token> tokens,
            String lang,
            Set<String> names,
            Set<String> referencesToTheText,
            IndexReader reader)
            throws IOException {
        int docs = Math.max(1, reader.numDocs());
        List<Read> read = new ArrayList<>();
        for (var e : tokens.entrySet()) {
            if (read.size() == MAX_WORDS) {
                break;
            }
            String folded = e.getKey();
            if (folded.chars().allMatch(Character::isDigit)) {
                continue; // numbers are matched as canonical number terms
            }
            String stem = e.getValue().stem();
            String written = e.getValue().written();
            // "Watt" in "James Watt" names a man: a word written as a name is no unit.
            Unit unit = names.contains(folded)
                    ? Unit.NONE
                    : signals.unitNamed(written, lang).orElse(Unit.NONE);
            // A unit's name is as common as the sentences stating a quantity in it ("gigawatts" and "10GW").
            Frequency frequency = frequency(reader, lang, folded, stem, written)
                    .atLeast(unit == Unit.NONE ? 0 : reader.docFreq(new Term(Fields.UNITS, unit.termSuffix())));
            if (frequency.unseen() && referencesToTheText.contains(written)) {
                continue; // "laut dem Artikel": the asker speaks of the article, which never names itself
            }
            read.add(new Read(folded, stem, written, unit, frequency));
        }
        // A name written with its capital is spelt as meant ("names" is empty in German, where every noun has one);
        // "opneai" typed in lower case may be a slip. In a language the articles have, more unknown words than a few
        // are no slips but a question about something else: looking for near terms would only cost time (a few
        // milliseconds each on a large index). In a language they lack, many words have no translation.
        List<Read> unknown = read.stream()
                .filter(r -> r.frequency().unseen() && !names.contains(r.folded()))
                .toList();
        boolean mayBeSlips = unknown.size() <= MAX_SLIPS || reader.getDocCount(Fields.body(lang)) == 0;
        List<QueryWord> words = new ArrayList<>();
        for (Read r : read) {
            if (mayBeSlips && unknown.contains(r)) {
                r = corrected(r, lang, reader);
            }
            Frequency f = r.frequency();
            double idf = Math.log(1 + (docs - f.anywhere() + 0.5) / (f.anywhere() + 0.5));
            if (f.unseen() && names.contains(r.folded())) {
                // A name the articles never mention ("the CEO of Apple") pins the question to something
                // they do not cover: it counts double, so the rest of the question cannot carry it.
                idf *= NAME_WEIGHT;
            }
            words.add(new QueryWord(
                    r.folded(),
                    r.stem(),
                    FoldedWords.grams(r.folded()),
                    idf,
                    f.inLanguage(),
                    f.unseen(),
                    f.translated(),
                    r.unit()));
        }
        return words;
    }

    /**
     * A question word as read: folded, as the question language's analyser indexes it, as typed (lower case), the unit
     * of measure it names ({@link Unit#NONE} if none), and how common it is.
     */
    private record Read(String folded, String stem, String written, Unit unit, Frequency frequency) {}

    /** The word read as the article term it is a slip of, if it is one. */
    private Read corrected(Read r, String lang, IndexReader reader) throws IOException {
        Optional<TypoCorrection.Correction> c =
                typos.correct(r.stem(), r.written(), lang, reader, translations.stems(lang));
        if (c.isEmpty()) {
            return r;
        }
        String term = c.get().term();
        String folded = Folding.fold(term);
        // Found in another language's sentences (no article has the question's), the term is a stem there: as
        // common as it is in them.
        return new Read(
                folded,
                term,
                r.written(),
                Unit.NONE, // read as another word, it names no unit
                frequency(reader, lang, folded, term, r.written())
                        .atLeast(c.get().documents()));
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

        Frequency atLeast(long documents) {
            return new Frequency(inLanguage, Math.max(anywhere, documents), translated);
        }
    }

    private Frequency frequency(IndexReader reader, String lang, String folded, String stem, String written)
            throws IOException {
        long inLanguage = reader.docFreq(new Term(Fields.body(lang), stem));
        long anywhere = Math.max(inLanguage, reader.docFreq(new Term(Fields.GRAMS, folded)));
        Map<String, Set<String>> translated = translations.of(lang, stem);
        if (translated.isEmpty()) {
            translated = translationsOfRoots(lang, written);
        }
        for (var t : translated.entrySet()) {
            for (String term : t.getValue()) {
                anywhere = Math.max(anywhere, reader.docFreq(new Term(Fields.body(t.getKey()), term)));
            }
        }
        return new Frequency(inLanguage, anywhere, translated);
    }

    /**
     * The translations of the dictionary forms an inflected word may be ("firmó" → firmar): dictionaries list those
     * forms only, and the light stemmers do not reach them. Asked only for a word with no translation of its own.
     */
    private Map<String, Set<String>> translationsOfRoots(String lang, String written) {
        if (translations.stems(lang).isEmpty() || written.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (String root : spelling.roots(lang, written)) {
            List<String> terms = analyzers.terms(lang, root);
            if (terms.size() == 1) {
                translations
                        .of(lang, terms.get(0))
                        .forEach((to, t) ->
                                out.computeIfAbsent(to, k -> new HashSet<>()).addAll(t));
            }
        }
        return out;
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
            if (piece.length() >= longest.length()) { // the last of equal ones, as the stems' key
                longest = piece;
            }
        }
        return longest.toLowerCase(Locale.ROOT);
    }

    /** A token of the question: as the language's analyser indexes it, and as typed (lower case). */
    private record Token(String stem, String written) {}

    /** Folded surface word -> its token, in order, for every token the language's analyser keeps. */
    private static Map<String, Token> tokens(String text, Analyzer analyzer) {
        Map<String, Token> out = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                // The surface as the ranker sees words: its longest piece, so "d'étapes" is "etapes" once the
                // elision is gone and "Warsaw's" is "warsaw", not the possessive's "s".
                String surface = text.substring(offset.startOffset(), offset.endOffset());
                FoldedWords.split(surface).stream()
                        .reduce((a, b) -> b.length() >= a.length() ? b : a)
                        .ifPresent(longest ->
                                out.putIfAbsent(longest, new Token(term.toString(), longestWritten(surface))));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
