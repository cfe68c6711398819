package dev.interlinear.index;

import dev.interlinear.text.Quantity;
import dev.interlinear.text.QuantityExtractor;
import dev.interlinear.text.Unit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Language-neutral evidence of a sentence: canonical quantity terms ("10GW", "10 GW" and "dez gigawatts"
 * all give {@code 10000000000w}) and the kinds of information it holds.
 */
public final class SentenceSignals {

    private static final Pattern QUOTE = Pattern.compile("[\"“”„«»]");
    /**
     * Two capitalised words in a row, not at the start, or initials: a cheap sign of a person's name that
     * German's capitalised nouns do not trigger on their own.
     */
    private static final Pattern NAME = Pattern.compile(
            "(?<=[\\p{L},:;] )\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+|\\b(?:\\p{Lu}\\.){1,3} ?\\p{Lu}\\p{Ll}+");

    private final QuantityExtractor quantities;

    public SentenceSignals(QuantityExtractor quantities) {
        this.quantities = quantities;
    }

    public List<String> numberTerms(String text, String lang) {
        List<String> out = new ArrayList<>();
        for (Quantity q : quantities.extract(text, lang)) {
            out.addAll(q.terms());
        }
        return out;
    }

    /**
     * Terms of the quantities written with digits only: in a question, "une fois" or "one of" is no
     * figure to look for, while "10 GW" is.
     */
    public List<String> numberTermsWrittenInDigits(String text, String lang) {
        List<String> out = new ArrayList<>();
        for (Quantity q : quantities.extract(text, lang)) {
            if (text.substring(q.start(), q.end()).chars().anyMatch(Character::isDigit)) {
                out.addAll(q.terms());
            }
        }
        return out;
    }

    public Set<SentenceFeature> features(String text, String lang) {
        return features(text, quantities.extract(text, lang));
    }

    /** Number terms and features of a sentence from one pass of the quantity extractor. */
    public Signals of(String text, String lang) {
        List<Quantity> found = quantities.extract(text, lang);
        List<String> terms = new ArrayList<>();
        found.forEach(q -> terms.addAll(q.terms()));
        return new Signals(terms, features(text, found));
    }

    /** What {@link #of} finds. */
    public record Signals(List<String> numberTerms, Set<SentenceFeature> features) {
    }

    private static Set<SentenceFeature> features(String text, List<Quantity> found) {
        Set<SentenceFeature> out = EnumSet.noneOf(SentenceFeature.class);
        for (Quantity q : found) {
            if (q.unit() == Unit.YEAR) {
                out.add(SentenceFeature.DATE);
            } else {
                out.add(SentenceFeature.QUANTITY);
            }
            if (q.unit().isCurrency()) {
                out.add(SentenceFeature.MONEY);
            }
        }
        if (QUOTE.matcher(text).find()) {
            out.add(SentenceFeature.QUOTE);
        }
        if (NAME.matcher(text).find()) {
            out.add(SentenceFeature.NAME);
        }
        return out;
    }
}
