package dev.interlinear.answer;

import dev.interlinear.index.Fields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene query that gathers candidate sentences: BM25 over the sentence in the question's language,
 * the language-neutral n-grams and number terms, with a nudge towards sentences of the wanted answer type.
 * Only the asker's translation is searched where an article has one.
 *
 * <p>No clauses over a sentence's passage (the sentence before it and its heading, {@code passage.<lang>}): the
 * ranker reads which question words the passage holds for the candidates found, but searching it as well, at a
 * boost of 0.1 to 0.4, lowered hit@1 on the fit half of XQuAD dev (holes 0.802 to 0.790-0.792, more 0.721 to
 * 0.712-0.718): it brings in sentences whose only merit is their neighbour.
 */
final class CandidateQuery {

    static final float BODY = 1.0f;
    static final float GRAMS = 0.6f;
    static final float NUMBERS = 1.5f;
    static final float ANSWER_TYPE = 0.3f;
    /**
     * At most this many n-gram clauses in all: Lucene refuses a query of more than 1 024 clauses, and a question of
     * a few 200-letter "words" would make thousands. No real word of a question of ordinary length is cut.
     */
    static final int GRAM_CLAUSES = 512;

    static final int MIN_GRAMS_PER_WORD = 4;

    /** A word's dictionary translations, in the articles that lack the question's language. */
    static final float TRANSLATED = 1.0f;

    /** The query over an index where every article has the question's language. */
    Query build(AnalyzedQuestion q) {
        return build(q, Set.of(), true);
    }

    /**
     * @param articlesLacking the articles without a translation in the question's language, searched in all
     *                        their translations instead
     * @param anyArticleIn    whether some article has the question's language: when none has, every
     *                        translation is searched
     */
    Query build(AnalyzedQuestion q, Set<String> articlesLacking, boolean anyArticleIn) {
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        Set<String> stems = new LinkedHashSet<>();
        q.words().forEach(w -> stems.add(w.stem()));
        for (String stem : stems) {
            scoring.add(boosted(new TermQuery(new Term(Fields.body(q.lang()), stem)), BODY), Occur.SHOULD);
        }
        long needGrams = q.words().stream().filter(w -> !w.inLanguage()).count();
        int gramsPerWord = (int) Math.max(MIN_GRAMS_PER_WORD, GRAM_CLAUSES / Math.max(1, needGrams));
        for (QueryWord w : q.words()) {
            if (w.inLanguage()) {
                continue; // found as itself in the question's language: its grams add cost (long posting lists), not
                // recall
            }
            // One sub-query per word, scaled by its number of grams, so long words do not outweigh short ones.
            BooleanQuery.Builder word = new BooleanQuery.Builder();
            Collection<String> grams = w.grams().size() <= gramsPerWord
                    ? w.grams()
                    : w.grams().stream().sorted().limit(gramsPerWord).toList();
            for (String gram : grams) {
                word.add(new TermQuery(new Term(Fields.GRAMS, gram)), Occur.SHOULD);
            }
            word.add(new TermQuery(new Term(Fields.GRAMS, w.folded())), Occur.SHOULD);
            scoring.add(boosted(word.build(), GRAMS / (w.grams().size() + 1)), Occur.SHOULD);
        }
        for (QueryWord w : q.words()) {
            // Each translation a dictionary gives is a sense of the word: the best one counts, not their sum.
            for (var t : w.translations().entrySet()) {
                List<Query> senses = new ArrayList<>();
                for (String term : t.getValue()) {
                    senses.add(new TermQuery(new Term(Fields.body(t.getKey()), term)));
                }
                scoring.add(boosted(new DisjunctionMaxQuery(senses, 0f), TRANSLATED), Occur.SHOULD);
            }
        }
        for (QueryWord w : q.words()) {
            if (w.namesUnit()) {
                scoring.add(
                        boosted(new TermQuery(new Term(Fields.UNITS, w.unit().termSuffix())), BODY), Occur.SHOULD);
            }
        }
        for (String number : q.numberTerms()) {
            scoring.add(boosted(new TermQuery(new Term(Fields.NUMBERS, number)), NUMBERS), Occur.SHOULD);
        }
        q.type()
                .feature()
                .ifPresent(f -> scoring.add(
                        boosted(
                                new ConstantScoreQuery(new TermQuery(new Term(Fields.FEATURES, f.term()))),
                                ANSWER_TYPE),
                        Occur.SHOULD));

        if (!anyArticleIn) {
            return scoring.build();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(scoring.build(), Occur.MUST);
        query.add(languageFilter(q.lang(), articlesLacking), Occur.FILTER);
        return query.build();
    }

    /** Sentences of the asker's translation, or of any translation where the article lacks that language. */
    private static Query languageFilter(String lang, Set<String> articlesLacking) {
        TermQuery inLanguage = new TermQuery(new Term(Fields.LANG_BASE, lang));
        if (articlesLacking.isEmpty()) {
            return inLanguage;
        }
        List<BytesRef> lacking = articlesLacking.stream().map(BytesRef::new).toList();
        return new BooleanQuery.Builder()
                .add(inLanguage, Occur.SHOULD)
                .add(new TermInSetQuery(Fields.ARTICLE, lacking), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    private static Query boosted(Query q, float boost) {
        return boost == 1.0f ? q : new BoostQuery(q, boost);
    }
}
