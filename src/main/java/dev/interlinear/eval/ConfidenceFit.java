package dev.interlinear.eval;

import java.util.List;

/**
 * Fits the answer's confidence model: L2-regularised logistic regression by Newton's method (iteratively
 * reweighted least squares). A few thousand questions and a dozen features: exact and fast, no library needed.
 */
public final class ConfidenceFit {

    /**
     * One fitted question: the features of its best candidate, whether that candidate answers it, and whether
     * the articles answer the question at all; {@code otherLanguage}: the candidate is in another language than
     * the question (fitted apart).
     */
    public record Sample(double[] features, boolean correct, boolean answerable, boolean otherLanguage) {}

    /**
     * The fitted model.
     *
     * @param logLoss  mean negative log-likelihood on the samples it was fitted on
     */
    public record Model(double[] weights, double bias, double logLoss, int samples) {}

    private final double l2;

    /** @param l2 the penalty on the weights (not on the bias): keeps them finite when a feature separates */
    public ConfidenceFit(double l2) {
        this.l2 = l2;
    }

    public Model fit(List<Sample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples to fit on");
        }
        int d = samples.get(0).features().length + 1; // the bias is the last
        double[] beta = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (Sample s : samples) {
                double[] x = withBias(s.features());
                double p = sigmoid(dot(beta, x));
                double y = s.correct() ? 1 : 0;
                double w = Math.max(p * (1 - p), 1e-9);
                for (int i = 0; i < d; i++) {
                    gradient[i] += (p - y) * x[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += w * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < d - 1; i++) {
                gradient[i] += l2 * beta[i];
                hessian[i][i] += l2;
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int i = 0; i < d; i++) {
                beta[i] -= step[i];
                largest = Math.max(largest, Math.abs(step[i]));
            }
            if (largest < 1e-8) {
                break;
            }
        }
        double[] weights = new double[d - 1];
        System.arraycopy(beta, 0, weights, 0, d - 1);
        return new Model(weights, beta[d - 1], logLoss(samples, beta), samples.size());
    }

    /**
     * What a wrong answer costs, against a right one (1) and a decline (0). Zero counts as {@code eval} does (a
     * wrong sentence is a miss, declined or not); the shipped setting sits a little higher (docs/answering.md).
     */
    public static final double WRONG_ANSWER_COST = 0.0;

    /**
     * The threshold with the best value over the samples: an answer that is right counts 1, a decline of an
     * unanswerable question 1, a wrong answer (a wrong sentence, or any for an unanswerable question)
     * -{@value #WRONG_ANSWER_COST}, any other decline 0.
     */
    public static double bestThreshold(Model model, List<Sample> samples) {
        double best = 0.5;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int step = 5; step <= 95; step++) {
            double t = step / 100.0;
            double value = 0;
            for (Sample s : samples) {
                boolean answered = sigmoid(dot(model.weights(), s.features()) + model.bias()) >= t;
                if (answered) {
                    value += s.correct() ? 1 : -WRONG_ANSWER_COST;
                } else if (!s.answerable()) {
                    value += 1;
                }
            }
            if (value > bestValue) {
                bestValue = value;
                best = t;
            }
        }
        return best;
    }

    private static double logLoss(List<Sample> samples, double[] beta) {
        double sum = 0;
        for (Sample s : samples) {
            double p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(dot(beta, withBias(s.features())))));
            sum -= s.correct() ? Math.log(p) : Math.log(1 - p);
        }
        return sum / samples.size();
    }

    private static double[] withBias(double[] features) {
        double[] x = new double[features.length + 1];
        System.arraycopy(features, 0, x, 0, features.length);
        x[features.length] = 1;
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Gaussian elimination with partial pivoting; the Hessian plus the penalty is positive definite. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            if (Math.abs(m[col][col]) < 1e-12) {
                m[col][col] = 1e-12;
            }
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = m[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= m[r][c] * x[c];
            }
            x[r] = sum / m[r][r];
        }
        return x;
    }
}
