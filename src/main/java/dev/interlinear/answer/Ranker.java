package dev.interlinear.answer;

import dev.interlinear.index.IndexedSentence;
import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.index.ScoredSentence;
import dev.interlinear.index.SentenceSignals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Re-ranks Lucene's candidates and says how sure it is. The confidence is the share of the question's
 * content (words weighted by rarity, and numbers) that the sentence covers: by stem, by the same word, or
 * by a cognate or compound part (character n-gram overlap). BM25 alone cannot decline: its scores are
 * not comparable between questions, while coverage is.
 */
final class Ranker {

    /** Below this n-gram Dice two different words are not taken for cognates. */
    static final double COGNATE_DICE = 0.5;
    static final int COGNATE_MIN_LENGTH = 5;
    static final int INFLECTION_MIN_STEM = 4;
    /** A number counts like a rare word: it pins a sentence down. */
    static final double NUMBER_WEIGHT = 3.0;
    static final double TYPE_BONUS = 0.08;
    static final double NOT_AN_ANSWER_PENALTY = 0.15;
    static final int SHORT_SENTENCE_WORDS = 5;

    private final LanguageAnalyzers analyzers;
    private final SentenceSignals signals;

    Ranker(LanguageAnalyzers analyzers, SentenceSignals signals) {
        this.analyzers = analyzers;
        this.signals = signals;
    }

    record Ranked(IndexedSentence sentence, double score, double confidence) {
    }

    List<Ranked> rank(AnalyzedQuestion q, List<ScoredSentence> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        float top = candidates.get(0).score();
        List<Ranked> out = new ArrayList<>(candidates.size());
        for (ScoredSentence c : candidates) {
            IndexedSentence s = c.sentence();
            Coverage coverage = coverage(q, s);
            boolean typed = q.type().feature().map(f -> signals.features(s.text(), s.textLang()).contains(f)).orElse(false);
            double confidence = coverage.share();
            // A sentence that only repeats one word of the question is no answer, however short it is.
            if (coverage.sentenceWords() < SHORT_SENTENCE_WORDS && coverage.matched() <= 1) {
                confidence *= 0.5;
            }
            double score = 0.7 * confidence + 0.3 * (c.score() / top) + (typed ? TYPE_BONUS : 0);
            if (s.text().strip().endsWith("?") || s.kind().equals("HEADING")) {
                score -= NOT_AN_ANSWER_PENALTY; // a heading or a question in the text rarely answers one
            }
            out.add(new Ranked(s, score, Math.min(1.0, confidence + (typed ? TYPE_BONUS : 0))));
        }
        out.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return out;
    }

    private record Coverage(double share, int matched, int sentenceWords) {
    }

    private Coverage coverage(AnalyzedQuestion q, IndexedSentence s) {
        List<String> words = Words.of(s.text());
        Set<String> folded = new HashSet<>(words);
        Set<String> stems = q.lang().equals(s.textLang()) ? stems(s.text(), q.lang()) : Set.of();
        List<Set<String>> grams = new ArrayList<>(words.size());
        for (String w : words) {
            grams.add(w.length() >= COGNATE_MIN_LENGTH ? Words.grams(w) : Set.of());
        }
        double total = 0;
        double covered = 0;
        int matched = 0;
        for (QueryWord w : q.words()) {
            total += w.weight();
            double m = match(w, folded, stems, words, grams);
            covered += w.weight() * m;
            if (m > 0) {
                matched++;
            }
        }
        if (!q.numberTerms().isEmpty()) {
            Set<String> numbers = new HashSet<>(signals.numberTerms(s.text(), s.textLang()));
            for (String n : q.numberTerms()) {
                total += NUMBER_WEIGHT;
                if (numbers.contains(n)) {
                    covered += NUMBER_WEIGHT;
                    matched++;
                }
            }
        }
        return new Coverage(total == 0 ? 0 : covered / total, matched, words.size());
    }

    private static double match(QueryWord w, Set<String> folded, Set<String> stems, List<String> words,
                                List<Set<String>> grams) {
        if (stems.contains(w.stem()) || folded.contains(w.folded())) {
            return 1.0;
        }
        double best = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (sameWordInflected(w.folded(), word)) {
                best = Math.max(best, 0.9);
            }
            if (w.folded().length() < COGNATE_MIN_LENGTH) {
                continue;
            }
            if (word.length() >= COGNATE_MIN_LENGTH * 2 && word.contains(w.folded())) {
                best = Math.max(best, 0.8); // part of a compound: "Versorgungskette" in "Halbleiterversorgungskette"
            }
            double dice = Words.dice(w.grams(), grams.get(i));
            if (dice >= COGNATE_DICE) {
                best = Math.max(best, dice);
            }
        }
        return best;
    }

    /** "chips"/"chip", "tokens"/"token": one word is the other plus a short ending the stemmer kept. */
    static boolean sameWordInflected(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= INFLECTION_MIN_STEM && longer.length() - shorter.length() <= 2
                && longer.startsWith(shorter);
    }

    private Set<String> stems(String text, String lang) {
        Set<String> out = new HashSet<>();
        try (TokenStream ts = analyzers.forLanguage(lang).tokenStream("s", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
