package dev.interlinear.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The part of a question set a run covers, split by article.
 *
 * <p>Why: whatever is tuned (a threshold, a weight, a fitted model) is fitted on one part and checked on the
 * other, so that tuning shows on questions it did not see; a gain on the fit part alone is a gain on those
 * questions only. The split is by article, not by question, because the questions of one article share its
 * words and its sentences: splitting by question would leak the article into both parts. The rule depends on
 * the article's id alone, so it is the same for every set, fixed before any tuning, and needs no list: an
 * article is in the {@link #FIT} part iff the first byte of the SHA-256 of its id (UTF-8) is even, else in
 * {@link #CHECK}. A question belongs to the part of its {@code article}; a question without one (the corpus
 * does not answer it) belongs to both. The corpus itself is never split: every question is still answered
 * from all the articles.
 */
public enum ArticleSplit {
    /** The articles to fit on. */
    FIT,
    /** The articles to check on. */
    CHECK,
    /** Every question. */
    ALL;

    /** The part named on the command line or in regressions.yaml ({@code fit}, {@code check}, {@code all}). */
    public static ArticleSplit parse(String name) {
        for (ArticleSplit part : values()) {
            if (part.label().equals(name)) {
                return part;
            }
        }
        throw new IllegalArgumentException("split must be one of fit, check, all (not '" + name + "')");
    }

    /** The part an article is in: {@link #FIT} or {@link #CHECK}. */
    public static ArticleSplit of(String articleId) {
        try {
            byte first = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8))[0];
            return (first & 1) == 0 ? FIT : CHECK;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Whether an article is in this part. */
    public boolean containsArticle(String articleId) {
        return this == ALL || of(articleId) == this;
    }

    /** Whether a question is in this part: by its article; one without an article is in every part. */
    public boolean contains(EvalQuestion question) {
        return question.article().map(this::containsArticle).orElse(true);
    }

    /** The name used on the command line and in output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
