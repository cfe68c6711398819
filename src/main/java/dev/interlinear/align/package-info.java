/**
 * Sentence alignment between the translations of one article.
 *
 * <ul>
 *   <li>{@link dev.interlinear.align.SentenceAligner}: two translations to {@link dev.interlinear.align.Bead}s
 *       (Gale-Church length cost with soft anchors, structure anchor for documents with headings, banded dynamic
 *       programming);</li>
 *   <li>{@link dev.interlinear.align.ArticleAligner}: n translations to an
 *       {@link dev.interlinear.align.ArticleAlignment} of {@link dev.interlinear.align.AlignmentGroup}s, by aligning
 *       each translation to a pivot.</li>
 * </ul>
 *
 * Sentences are identified by {@link dev.interlinear.segment.Sentence#index()} throughout.
 */
package dev.interlinear.align;
