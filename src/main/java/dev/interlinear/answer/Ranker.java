package dev.interlinear.answer;

import dev.interlinear.index.IndexedSentence;
import dev.interlinear.index.ScoredSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-ranks Lucene's candidates and says how sure it is. The confidence is the share of the question's
 * content (words weighted by rarity, and numbers) that the sentence covers: by stem, by the same word, or
 * by a cognate or compound part (character n-gram overlap). BM25 alone cannot decline: its scores are
 * not comparable between questions, while coverage is.
 *
 * <p>A sentence is ranked as read in its passage: a question word it lacks but the sentence before it, its
 * section heading or its article's title has still counts, at a reduced weight ("It was re-established in April
 * 1991" is read with "Warsaw's first stock exchange ..." before it). The passage only fills words the sentence
 * lacks, so a sentence with the words itself still comes first; and a title word fills them in every sentence of
 * the article alike: within the article it tells no sentence apart, so naming the article's subject does not make
 * the opening sentence the answer, while across articles it still does. The confidence stays the sentence's own
 * coverage (for a sentence in another language than the question's, with what the same sentence of another
 * translation matches: {@link #withAlignedTranslations}); {@link Evidence#passageCoverage()} is the share read in
 * the passage.
 */
final class Ranker {

    /** Below this n-gram Dice two different words are not taken for cognates. */
    static final double COGNATE_DICE = 0.5;

    static final int COGNATE_MIN_LENGTH = 5;
    static final int INFLECTION_MIN_STEM = 4;
    /** A number counts like a rare word: it pins a sentence down. */
    static final double NUMBER_WEIGHT = 3.0;

    static final double TYPE_BONUS = 0.08;
    /** The weight of coverage in the ranking score; the rest is BM25 relative to the best candidate's. */
    static final double COVERAGE_SHARE = 0.9;
    /**
     * What a question word found only in the sentence's passage (the sentence before it, its section heading, its
     * article's title) counts, against one in the sentence itself.
     */
    static final double PASSAGE_WEIGHT = 0.6;

    /** A question word whose dictionary translation the sentence has, against the word itself. */
    static final double TRANSLATION = 0.9;

    static final double NOT_AN_ANSWER_PENALTY = 0.15;
    static final int SHORT_SENTENCE_WORDS = 5;

    /**
     * A candidate with its ranking score and what the score was made of (the answer's confidence model reads it).
     *
     * @param confidence the coverage-based confidence of the ranking (not the answer's probability)
     */
    record Ranked(IndexedSentence sentence, double score, double confidence, Evidence evidence) {}

    /**
     * What a candidate's score was made of.
     *
     * @param coverage      the share of the question's weighted words and numbers the sentence covers (in another
     *                      language than the question's, with what its aligned twin among the candidates covers)
     * @param bm25          Lucene's score of the sentence
     * @param bm25Share     that score over the best candidate's
     * @param typed         whether the sentence holds the kind of answer asked for (an amount, a date, ...)
     * @param matched       how many of the question's words and numbers it covers at all
     * @param sentenceWords its number of words
     * @param notAnAnswer   a heading or a question itself
     * @param matches       how well it covers each of the question's words, then each of its numbers (0..1)
     * @param passageCoverage the same share when the sentence is read in its passage: words it lacks count at
     *                        a reduced weight where the sentence before, its heading or its article's title has them
     */
    record Evidence(
            double coverage,
            double bm25,
            double bm25Share,
            boolean typed,
            int matched,
            int sentenceWords,
            boolean notAnAnswer,
            double[] matches,
            double passageCoverage) {}

    /** How many sentences of a translation an alignment group holds (see {@link #withAlignedTranslations}). */
    @FunctionalInterface
    interface GroupSizes {
        int sentences(String group, String lang);
    }

    private final GroupSizes groupSizes;

    /** A ranker for candidates whose alignment groups hold one sentence per translation. */
    Ranker() {
        this((group, lang) -> 1);
    }

    Ranker(GroupSizes groupSizes) {
        this.groupSizes = groupSizes;
    }

    List<Ranked> rank(AnalyzedQuestion q, List<ScoredSentence> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        float top = candidates.get(0).score();
        List<Ranked> out = new ArrayList<>(candidates.size());
        Map<String, FoldedWords> titles = new HashMap<>();
        List<Coverage> coverages = new ArrayList<>(candidates.size());
        for (ScoredSentence c : candidates) {
            IndexedSentence s = c.sentence();
            // Stems compare only within the question's language: the body and passage fields are analysed in the
            // text's.
            // In another language the terms held are the question words' dictionary translations.
            boolean sameLanguage = q.lang().equals(s.textLang());
            coverages.add(coverage(
                    q,
                    s,
                    sameLanguage ? new Held(c.terms(), Set.of(), "") : new Held(Set.of(), c.terms(), s.textLang()),
                    new Passage(
                            sameLanguage
                                    ? new Held(c.passageTerms(), Set.of(), "")
                                    : new Held(Set.of(), c.passageTerms(), s.textLang()),
                            s.title(),
                            titles)));
        }
        coverages = withAlignedTranslations(q, candidates, coverages);
        for (int k = 0; k < candidates.size(); k++) {
            ScoredSentence c = candidates.get(k);
            IndexedSentence s = c.sentence();
            Coverage coverage = coverages.get(k);
            boolean typed = q.type().feature().map(s.features()::contains).orElse(false);
            double confidence = coverage.share();
            double inPassage = coverage.inPassage();
            // A sentence that only repeats one word of the question is no answer, however short it is.
            if (coverage.sentenceWords() < SHORT_SENTENCE_WORDS && coverage.matched() <= 1) {
                confidence *= 0.5;
                inPassage *= 0.5;
            }
            double score =
                    COVERAGE_SHARE * inPassage + (1 - COVERAGE_SHARE) * (c.score() / top) + (typed ? TYPE_BONUS : 0);
            boolean notAnAnswer = s.text().strip().endsWith("?") || s.kind().equals("HEADING");
            if (notAnAnswer) {
                score -= NOT_AN_ANSWER_PENALTY; // a heading or a question in the text rarely answers one
            }
            Evidence evidence = new Evidence(
                    coverage.share(),
                    c.score(),
                    c.score() / top,
                    typed,
                    coverage.matched(),
                    coverage.sentenceWords(),
                    notAnAnswer,
                    coverage.matches(),
                    coverage.inPassage());
            out.add(new Ranked(s, score, Math.min(1.0, confidence + (typed ? TYPE_BONUS : 0)), evidence));
        }
        // Equal scores (the same sentence in two places) are ordered by position, not by Lucene's document ids,
        // which depend on how the indexing threads interleaved: the same index content gives the same answer.
        out.sort(Comparator.comparingDouble(Ranked::score)
                .reversed()
                .thenComparing(r -> r.sentence().article())
                .thenComparing(r -> r.sentence().lang())
                .thenComparingInt(r -> r.sentence().index()));
        return out;
    }

    private record Coverage(
            double share,
            double inPassage,
            int matched,
            int sentenceWords,
            double[] matches,
            double[] inPassageMatches,
            double total) {}

    /**
     * A candidate in another language than the question's is matched through a dictionary, and dictionaries cover
     * different words from one language pair to the next ("signed" may be in the English-Portuguese one and not in
     * the English-German one). The same sentence in another translation says the same, so where it is a candidate
     * too, each of the two counts a question word as well as the better of them matches it. Only a sentence that
     * renders its whole group takes the other's words: where a translation split a sentence in two, a half does not
     * say all the other side says, while the other side says what either half says.
     */
    private List<Coverage> withAlignedTranslations(
            AnalyzedQuestion q, List<ScoredSentence> candidates, List<Coverage> coverages) {
        int n = q.words().size();
        Map<String, Boolean> single = new HashMap<>();
        List<Coverage> out = new ArrayList<>(coverages);
        for (int k = 0; k < candidates.size(); k++) {
            IndexedSentence s = candidates.get(k).sentence();
            if (q.lang().equals(s.textLang())) {
                continue;
            }
            Coverage own = coverages.get(k);
            if (own.total() == 0) {
                continue;
            }
            double[] matches = own.matches().clone();
            double[] inPassage = own.inPassageMatches().clone();
            double addShare = 0;
            double addPassage = 0;
            int addMatched = 0;
            for (int j = 0; j < candidates.size(); j++) {
                IndexedSentence mate = candidates.get(j).sentence();
                if (j == k
                        || !mate.group().equals(s.group())
                        || mate.textLang().equals(s.textLang())
                        || q.lang().equals(mate.textLang())
                        || !alone(s, single)) {
                    continue;
                }
                double[] theirs = coverages.get(j).matches();
                for (int i = 0; i < n; i++) {
                    double m = theirs[i];
                    double weight = q.words().get(i).weight();
                    if (m > matches[i]) {
                        if (matches[i] == 0) {
                            addMatched++;
                        }
                        addShare += weight * (m - matches[i]);
                        matches[i] = m;
                    }
                    if (m > inPassage[i]) {
                        addPassage += weight * (m - inPassage[i]);
                        inPassage[i] = m;
                    }
                }
            }
            out.set(
                    k,
                    new Coverage(
                            own.share() + addShare / own.total(),
                            own.inPassage() + addPassage / own.total(),
                            own.matched() + addMatched,
                            own.sentenceWords(),
                            matches,
                            inPassage,
                            own.total()));
        }
        return out;
    }

    /** Whether the sentence is the only one of its translation in its alignment group (looked up once per group). */
    private boolean alone(IndexedSentence s, Map<String, Boolean> single) {
        return single.computeIfAbsent(
                s.group() + "\u0000" + s.lang(), k -> groupSizes.sentences(s.group(), s.lang()) == 1);
    }

    /**
     * What a sentence is read with: the question stems that the sentence before it or its heading holds (the
     * search reads them from the postings of the passage field), and its article's title, whose words are found
     * once per question (candidates share titles).
     */
    private static final class Passage {
        private final Held held;
        private final String title;
        private final Map<String, FoldedWords> titles;

        Passage(Held held, String title, Map<String, FoldedWords> titles) {
            this.held = held;
            this.title = title == null ? "" : title;
            this.titles = titles;
        }

        /** How far a question word the sentence lacks is covered by its passage, already down-weighted. */
        double match(QueryWord w) {
            if (held.stems().contains(w.stem())) {
                return PASSAGE_WEIGHT;
            }
            if (held.translates(w)) {
                return PASSAGE_WEIGHT * TRANSLATION;
            }
            FoldedWords words = titles.computeIfAbsent(title, FoldedWords::new);
            return PASSAGE_WEIGHT * Ranker.match(w, words, Held.NONE);
        }
    }

    /**
     * Which of the terms asked about a sentence (or its passage) holds: the search reads them from the postings,
     * rather than the ranker analysing every candidate again.
     *
     * @param stems        the question's stems, where the sentence is in the question's language
     * @param translations the question words' dictionary translations, where it is in another language
     * @param lang         that other language
     */
    private record Held(Set<String> stems, Set<String> translations, String lang) {
        static final Held NONE = new Held(Set.of(), Set.of(), "");

        boolean translates(QueryWord w) {
            if (translations.isEmpty()) {
                return false;
            }
            for (String t : w.translations().getOrDefault(lang, Set.of())) {
                if (translations.contains(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    private Coverage coverage(AnalyzedQuestion q, IndexedSentence s, Held held, Passage passage) {
        FoldedWords words = new FoldedWords(s.text());
        double total = 0;
        double covered = 0;
        double coveredInPassage = 0;
        int matched = 0;
        double[] matches = new double[q.words().size() + q.numberTerms().size()];
        double[] inPassageMatches = new double[matches.length];
        int i = 0;
        for (QueryWord w : q.words()) {
            total += w.weight();
            double m = w.namesUnit() && s.numbers().stream().anyMatch(w.unit()::isUnitOf) ? 1.0 : match(w, words, held);
            matches[i] = m;
            covered += w.weight() * m;
            if (m > 0) {
                matched++;
            }
            // The passage only fills what the sentence lacks; below its own weight it cannot add anything.
            inPassageMatches[i] = m >= PASSAGE_WEIGHT ? m : Math.max(m, passage.match(w));
            coveredInPassage += w.weight() * inPassageMatches[i];
            i++;
        }
        for (String n : q.numberTerms()) {
            total += NUMBER_WEIGHT;
            if (s.numbers().contains(n)) {
                covered += NUMBER_WEIGHT;
                coveredInPassage += NUMBER_WEIGHT;
                matched++;
                matches[i] = 1;
                inPassageMatches[i] = 1;
            }
            i++;
        }
        return new Coverage(
                total == 0 ? 0 : covered / total,
                total == 0 ? 0 : coveredInPassage / total,
                matched,
                words.size(),
                matches,
                inPassageMatches,
                total);
    }

    private static double match(QueryWord w, FoldedWords words, Held held) {
        if (held.stems().contains(w.stem()) || words.contains(w.folded())) {
            return 1.0;
        }
        double best = held.translates(w) ? TRANSLATION : 0;
        boolean canBeCognate = w.folded().length() >= COGNATE_MIN_LENGTH;
        for (String word : words.words()) {
            if (sameWordInflected(w.folded(), word)) {
                best = 0.9;
            } else if (canBeCognate && word.length() >= COGNATE_MIN_LENGTH * 2 && word.contains(w.folded())) {
                best = Math.max(best, 0.8); // part of a compound: "Versorgungskette" in "Halbleiterversorgungskette"
            }
        }
        if (canBeCognate) {
            double dice = words.bestDice(w.grams(), COGNATE_MIN_LENGTH);
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
        return shorter.length() >= INFLECTION_MIN_STEM
                && longer.length() - shorter.length() <= 2
                && longer.startsWith(shorter);
    }
}
