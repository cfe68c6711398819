package dev.interlinear.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interlinear.index.IndexedSentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The chance that a candidate sentence answers the question: a logistic model over what ranking saw (how much
 * of the question the sentence covers, how far it is ahead of the next candidate, its BM25 score, whether it
 * holds the kind of answer asked for, how much more of the question its passage covers). One number comparable between questions, so one threshold
 * ({@code answer.min-confidence}) can decline. Its weights are fitted on the fit half of the public question
 * sets by {@code eval --fit} (see {@code docs/answering.md}) and read from {@value #RESOURCE}.
 */
public final class AnswerConfidence {

    public static final String RESOURCE = "/answer/confidence-model.json";

    /** The features, in the order of {@link #features}; the model file names them, and must name these. */
    public static final List<String> FEATURES = List.of(
            "coverage",
            "coverage_margin",
            "score_margin",
            "bm25_per_term",
            "matched_share",
            "type_missing",
            "log_terms",
            "article_coverage",
            "unseen_share",
            "passage_coverage");

    private final double[] weights;
    private final double bias;
    private final double[] otherWeights;
    private final double otherBias;
    private final SmallCorpus smallCorpus;

    /**
     * A part fitted on small corpora (each public article asked its own questions alone), for sentences in the
     * question's language. Among a few dozen sentences per language the same evidence means more than among
     * thousands: fewer sentences compete, and word weights are read from fewer. Up to {@code from} sentences per
     * language it alone decides; from {@code to} on the main part alone; between them the two are mixed in
     * log-odds, by the logarithm of the size. A sentence in another language keeps the main part: there the
     * evidence is a dictionary's translations, whose senses one article cannot tell apart (fitted on small corpora,
     * "where is OpenAI based?" was answered by "... basiert auf ...").
     */
    public record SmallCorpus(AnswerConfidence model, double from, double to) {
        public SmallCorpus {
            if (!(from > 0 && to > from)) {
                throw new IllegalArgumentException("small corpus sizes must be 0 < from < to, got " + from + ", " + to);
            }
        }

        /** How much the main part counts at this many sentences per language (0..1). */
        double mainShare(int sentencesPerLanguage) {
            double t = (Math.log(Math.max(1, sentencesPerLanguage)) - Math.log(from)) / (Math.log(to) - Math.log(from));
            return Math.max(0, Math.min(1, t));
        }
    }

    /** One model for every sentence. */
    public AnswerConfidence(double[] weights, double bias) {
        this(weights, bias, weights, bias);
    }

    /**
     * A model with a part of its own for sentences in another language than the question: there a dictionary's
     * translations and cognates cover less of a question that the sentence does answer, so the same evidence means
     * more.
     */
    public AnswerConfidence(double[] weights, double bias, double[] otherWeights, double otherBias) {
        this(weights, bias, otherWeights, otherBias, null);
    }

    private AnswerConfidence(
            double[] weights, double bias, double[] otherWeights, double otherBias, SmallCorpus smallCorpus) {
        for (double[] w : List.of(weights, otherWeights)) {
            if (w.length != FEATURES.size()) {
                throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + w.length);
            }
        }
        this.weights = weights.clone();
        this.bias = bias;
        this.otherWeights = otherWeights.clone();
        this.otherBias = otherBias;
        this.smallCorpus = smallCorpus;
    }

    /** This model with a part of its own for small corpora. */
    public AnswerConfidence withSmallCorpus(SmallCorpus small) {
        return new AnswerConfidence(weights, bias, otherWeights, otherBias, small);
    }

    /** The model shipped with the application. */
    public static AnswerConfidence shipped() {
        try (InputStream in = AnswerConfidence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the confidence model " + RESOURCE + " is missing from the class path");
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the confidence model " + RESOURCE, e);
        }
    }

    /** A model from its JSON ({@code features}, {@code weights}, {@code bias}). */
    public static AnswerConfidence read(JsonNode root) {
        List<String> names = new ArrayList<>();
        root.path("features").forEach(f -> names.add(f.asText()));
        if (!names.equals(FEATURES)) {
            throw new IllegalStateException(
                    "the confidence model's features " + names + " are not " + FEATURES + "; refit it with eval --fit");
        }
        AnswerConfidence main = parts(root);
        JsonNode small = root.path("small_corpus");
        if (small.isMissingNode()) {
            return main;
        }
        return main.withSmallCorpus(new SmallCorpus(
                new AnswerConfidence(
                        weights(small.path("weights")), small.path("bias").asDouble()),
                small.path("from_sentences").asDouble(),
                small.path("to_sentences").asDouble()));
    }

    /** The weights of a node, and of its {@code other_language} part when it has one. */
    private static AnswerConfidence parts(JsonNode node) {
        double[] w = weights(node.path("weights"));
        double b = node.path("bias").asDouble();
        JsonNode other = node.path("other_language");
        if (other.isMissingNode()) {
            return new AnswerConfidence(w, b);
        }
        return new AnswerConfidence(
                w, b, weights(other.path("weights")), other.path("bias").asDouble());
    }

    private static double[] weights(JsonNode node) {
        double[] w = new double[FEATURES.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = node.path(i).asDouble();
        }
        return w;
    }

    /** The probability, 0..1, for a feature vector of a sentence in the question's language. */
    public double probability(double[] x) {
        return probability(x, false);
    }

    /**
     * The probability, 0..1, for a feature vector by the main part; {@code otherLanguage}: the sentence is not in
     * the question's.
     */
    public double probability(double[] x, boolean otherLanguage) {
        return 1 / (1 + Math.exp(-logOdds(x, otherLanguage)));
    }

    /** The probability for a feature vector in an index of this many sentences per language. */
    public double probability(double[] x, boolean otherLanguage, int sentencesPerLanguage) {
        double z = logOdds(x, otherLanguage);
        if (smallCorpus != null && !otherLanguage) {
            double t = smallCorpus.mainShare(sentencesPerLanguage);
            z = t * z + (1 - t) * smallCorpus.model().logOdds(x, otherLanguage);
        }
        return 1 / (1 + Math.exp(-z));
    }

    private double logOdds(double[] x, boolean otherLanguage) {
        double[] w = otherLanguage ? otherWeights : weights;
        double z = otherLanguage ? otherBias : bias;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    /** The probability that candidate {@code i} of the ranking answers the question. */
    double probability(AnalyzedQuestion q, List<Ranker.Ranked> ranked, int i) {
        return probability(
                features(q, ranked, i), otherLanguage(q, ranked.get(i).sentence()), q.sentencesPerLanguage());
    }

    /** Whether a sentence's text is in another language than the question (as the ranker compares them). */
    static boolean otherLanguage(AnalyzedQuestion q, IndexedSentence s) {
        return !q.lang().equals(s.textLang());
    }

    /**
     * The features of candidate {@code i}: its own evidence, and its lead over the best other candidate that is
     * not the same passage in another translation.
     */
    static double[] features(AnalyzedQuestion q, List<Ranker.Ranked> ranked, int i) {
        Ranker.Ranked c = ranked.get(i);
        Ranker.Evidence e = c.evidence();
        Ranker.Ranked next = null;
        for (int j = 0; j < ranked.size() && next == null; j++) {
            if (j != i && !ranked.get(j).sentence().group().equals(c.sentence().group())) {
                next = ranked.get(j);
            }
        }
        int terms = Math.max(1, q.words().size() + q.numberTerms().size());
        boolean asksType = q.type().feature().isPresent();
        double[] weights = termWeights(q);
        // What the candidates of the same translation cover together: the article as far as the search saw it.
        double[] inArticle = e.matches().clone();
        for (Ranker.Ranked other : ranked) {
            if (other.sentence().article().equals(c.sentence().article())
                    && other.sentence().lang().equals(c.sentence().lang())) {
                double[] m = other.evidence().matches();
                for (int k = 0; k < inArticle.length && k < m.length; k++) {
                    inArticle[k] = Math.max(inArticle[k], m[k]);
                }
            }
        }
        return new double[] {
            e.coverage(),
            next == null ? e.coverage() : e.coverage() - next.evidence().coverage(),
            next == null ? 1.0 : c.score() - next.score(),
            Math.log1p(e.bm25()) / Math.log1p(terms),
            Math.min(1.0, e.matched() / (double) terms),
            asksType && !e.typed() ? 1 : 0,
            Math.log(terms),
            covered(weights, inArticle),
            unseenShare(q, weights),
            e.passageCoverage(),
        };
    }

    /**
     * The share of the question's weight held by words that no sentence has, in any language: a
     * question about something the articles never name ("the CEO of Apple") is not answered by them.
     */
    private static double unseenShare(AnalyzedQuestion q, double[] weights) {
        double total = 0;
        double unseen = 0;
        for (int k = 0; k < weights.length; k++) {
            total += weights[k];
            if (k < q.words().size() && q.words().get(k).unseen()) {
                unseen += weights[k];
            }
        }
        return total == 0 ? 0 : unseen / total;
    }

    /** The weight of each of the question's words, then of each of its numbers, as the ranker counts them. */
    private static double[] termWeights(AnalyzedQuestion q) {
        double[] w = new double[q.words().size() + q.numberTerms().size()];
        for (int k = 0; k < q.words().size(); k++) {
            w[k] = q.words().get(k).weight();
        }
        for (int k = q.words().size(); k < w.length; k++) {
            w[k] = Ranker.NUMBER_WEIGHT;
        }
        return w;
    }

    private static double covered(double[] weights, double[] matches) {
        double total = 0;
        double covered = 0;
        for (int k = 0; k < weights.length; k++) {
            total += weights[k];
            covered += weights[k] * (k < matches.length ? matches[k] : 0);
        }
        return total == 0 ? 0 : covered / total;
    }
}
