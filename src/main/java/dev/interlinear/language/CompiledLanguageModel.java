package dev.interlinear.language;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * OpenNLP's language detector model (a maximum-entropy model over char n-grams) laid out for evaluation: the
 * n-grams packed into longs in an open-addressing table, the parameters of all predicates in flat arrays. It
 * computes the same probabilities as {@code LanguageDetectorME.predictLanguages}, to the last bit, without its
 * regular expressions, hash maps and per-n-gram strings. Immutable, so one instance serves every thread.
 *
 * <p>The arithmetic is OpenNLP's, in its order: every outcome starts at the uniform prior log(1/outcomes); each
 * n-gram the model knows (each distinct n-gram once, with value 1) adds its parameters, n-gram by n-gram in the
 * order {@link LangDetectNGrams} reproduces; then {@code StrictMath.exp} of each outcome, their sum in outcome
 * order, and each divided by the sum.
 *
 * <p>The predicates with parameters for many outcomes (a tenth of them: common letters and pairs, which make
 * most of the additions) are kept as dense rows instead, with a zero for every other outcome: a row is added
 * with a loop the JIT vectorises instead of one scattered addition per parameter. Adding +0.0 leaves a score
 * unchanged (a score is never -0.0: it starts at the negative prior, and a sum is -0.0 only when both terms
 * are), and each score still receives its parameters in n-gram order (the vector lanes are the outcomes), so
 * the sums are the same to the last bit.
 */
final class CompiledLanguageModel {

    private static final long EMPTY = 0;
    /** Predicates with parameters for at least this share of the outcomes are dense rows (about 3 MB more in all). */
    private static final double DENSE_SHARE = 0.2;

    private final String[] outcomes;
    private final double logPrior;
    /** Open addressing on the packed n-gram; {@link #EMPTY} marks a free slot (no n-gram packs to 0). */
    private final long[] slotKeys;
    private final int[] slotPredicates;
    private final int slotShift;
    /** Predicate p's sparse parameters are {@code parameters[predicateStart[p] .. predicateStart[p + 1])}. */
    private final int[] predicateStart;
    private final int[] outcomeOf;
    private final double[] parameters;
    /**
     * Predicate p's dense row is {@code denseRows[denseRowOf[p]]}, or -1 if sparse. A row of its own, indexed from
     * 0 like the scores, is what the JIT vectorises (an offset into one shared array was three times slower).
     */
    private final int[] denseRowOf;
    private final double[][] denseRows;

    private CompiledLanguageModel(String[] outcomes, Map<String, Context> predicates) {
        this.outcomes = outcomes.clone();
        this.logPrior = StrictMath.log(1.0 / outcomes.length); // UniformPrior
        int usable = 0;
        int parameterCount = 0;
        int rows = 0;
        for (var e : predicates.entrySet()) {
            if (LangDetectNGrams.pack(e.getKey()) >= 0) {
                usable++;
                if (isDense(e.getValue(), outcomes.length)) {
                    rows++;
                } else {
                    parameterCount += e.getValue().getOutcomes().length;
                }
            }
        }
        int slots = Integer.highestOneBit(Math.max(4, usable) * 2 - 1) << 1;
        slotKeys = new long[slots];
        slotPredicates = new int[slots];
        slotShift = 64 - Integer.numberOfTrailingZeros(slots);
        predicateStart = new int[usable + 1];
        outcomeOf = new int[parameterCount];
        parameters = new double[parameterCount];
        denseRowOf = new int[usable];
        denseRows = new double[rows][outcomes.length];
        int p = 0;
        int at = 0;
        int row = 0;
        for (var e : predicates.entrySet()) {
            long key = LangDetectNGrams.pack(e.getKey());
            if (key < 0) {
                continue; // longer than a 3-gram: no text ever asks for it
            }
            int slot = firstSlot(key);
            while (slotKeys[slot] != EMPTY) {
                slot = (slot + 1) & (slots - 1);
            }
            slotKeys[slot] = key;
            slotPredicates[slot] = p;
            int[] o = e.getValue().getOutcomes();
            double[] w = e.getValue().getParameters();
            if (isDense(e.getValue(), outcomes.length)) {
                denseRowOf[p] = row;
                for (int k = 0; k < o.length; k++) {
                    denseRows[row][o[k]] = w[k];
                }
                row++;
            } else {
                denseRowOf[p] = -1;
                System.arraycopy(o, 0, outcomeOf, at, o.length);
                System.arraycopy(w, 0, parameters, at, o.length);
                at += o.length;
            }
            predicateStart[++p] = at;
        }
    }

    /**
     * Whether a predicate's parameters are kept as a dense row: it has parameters for a large share of the
     * outcomes, each outcome once (a row holds one parameter per outcome).
     */
    private static boolean isDense(Context context, int outcomes) {
        int[] o = context.getOutcomes();
        if (o.length < DENSE_SHARE * outcomes) {
            return false;
        }
        BitSet seen = new BitSet(outcomes);
        for (int outcome : o) {
            if (seen.get(outcome)) {
                return false;
            }
            seen.set(outcome);
        }
        return true;
    }

    /**
     * The model compiled, or empty when it is not the kind this reproduces: the default detector factory (its
     * context generator and normalisers) over a GIS model with a uniform prior.
     */
    static Optional<CompiledLanguageModel> of(LanguageDetectorModel model) {
        if (model.getFactory().getClass() != LanguageDetectorFactory.class
                || !(model.getMaxentModel() instanceof GISModel gis)) {
            return Optional.empty();
        }
        Object[] data = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        CompiledLanguageModel compiled = new CompiledLanguageModel((String[]) data[2], predicates);
        // a text without n-grams leaves the prior alone: the prior must be the uniform one computed here
        double[] prior = gis.eval(new String[0], new float[0]);
        double[] ours = compiled.evaluate(new long[0]);
        return Arrays.equals(prior, ours) ? Optional.of(compiled) : Optional.empty();
    }

    /** How many languages the model tells apart. */
    int languages() {
        return outcomes.length;
    }

    /** The model's code (ISO 639-3) of language {@code index}. */
    String language(int index) {
        return outcomes[index];
    }

    /**
     * The probability of each language (indexed like {@link #language(int)}) for the text, identical to OpenNLP's,
     * or empty for the rare text whose n-gram order cannot be reproduced (then ask OpenNLP).
     */
    Optional<double[]> probabilities(CharSequence text) {
        return LangDetectNGrams.inModelOrder(LangDetectNormalizer.normalize(text)).map(this::evaluate);
    }

    private double[] evaluate(long[] nGramsInOrder) {
        double[] score = new double[outcomes.length];
        Arrays.fill(score, logPrior);
        for (long key : nGramsInOrder) {
            int p = predicate(key);
            if (p < 0) {
                continue;
            }
            int row = denseRowOf[p];
            if (row >= 0) {
                double[] dense = denseRows[row];
                for (int o = 0; o < score.length; o++) {
                    score[o] += dense[o];
                }
                continue;
            }
            for (int k = predicateStart[p], end = predicateStart[p + 1]; k < end; k++) {
                // OpenNLP multiplies by the n-gram's value, 1.0f: exact, so left out
                score[outcomeOf[k]] += parameters[k];
            }
        }
        double sum = 0;
        for (int o = 0; o < score.length; o++) {
            score[o] = StrictMath.exp(score[o]);
            sum += score[o];
        }
        for (int o = 0; o < score.length; o++) {
            score[o] /= sum;
        }
        return score;
    }

    private int predicate(long key) {
        int slot = firstSlot(key);
        long found;
        while ((found = slotKeys[slot]) != EMPTY) {
            if (found == key) {
                return slotPredicates[slot];
            }
            slot = (slot + 1) & (slotKeys.length - 1);
        }
        return -1;
    }

    private int firstSlot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> slotShift);
    }
}
