package dev.interlinear.language;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;

/**
 * The one way words are folded before two spellings are compared: the ranker's words and the index's n-gram
 * field, alignment anchors, fact keys and the words of quantities. It is Unicode's folding (UTR #30, as
 * Lucene's {@link ICUFoldingFilter} applies it): case, width and compatibility forms folded, diacritics removed,
 * so "Zürich" is "zurich", "ΑΘΗΝΑ" and "Αθήνα" are "αθηνα", "İstanbul" is "istanbul".
 *
 * <p>"ß" is "ss": Swiss German never writes "ß", and a reader takes "Strasse" and "Straße" for one word.
 *
 * <p>Devanagari and Thai are left as they are written: their marks that UTR #30 removes (the virama, the Thai
 * tone marks) are spelling, not optional accents ("ไม้" wood and "ไม่" not differ by one), and on XQuAD folding
 * them cost Hindi three answers at rank 1.
 */
public final class Folding {

    private static final Normalizer2 NORMALIZER =
            new FilteredNormalizer2(ICUFoldingFilter.NORMALIZER, new UnicodeSet("[^[:Devanagari:][:Thai:]]").freeze());

    private Folding() {}

    /** The folded text; a text already folded (most lower-case ASCII) comes back as itself, without a copy. */
    public static String fold(String text) {
        return NORMALIZER.normalize(text);
    }

    /** The terms of a token stream folded as {@link #fold} folds them. */
    public static TokenStream filter(TokenStream terms) {
        return new ICUNormalizer2Filter(terms, NORMALIZER);
    }
}
