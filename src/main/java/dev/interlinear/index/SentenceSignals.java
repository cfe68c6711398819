package dev.interlinear.index;

import dev.interlinear.quantity.Quantity;
import dev.interlinear.quantity.QuantityFinder;
import dev.interlinear.quantity.Unit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language-neutral evidence of a sentence: canonical quantity terms ("10GW", "10 GW" and "dez gigawatts"
 * all give {@code 10000000000w}) and the kinds of information it holds.
 */
public final class SentenceSignals {

    private static final String QUOTE_CHARS = "\"“”„«»";
    /**
     * Two capitalised words in a row, not at the start, or initials: a cheap sign of a person's name that
     * German's capitalised nouns do not trigger on their own.
     */
    private static final Pattern NAME =
            Pattern.compile("(?<=[\\p{L},:;] )\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+|\\b(?:\\p{Lu}\\.){1,3} ?\\p{Lu}\\p{Ll}+");

    private final QuantityFinder quantities;

    public SentenceSignals(QuantityFinder quantities) {
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

    /** Number terms, units of measure and features of a sentence from one pass of the quantity extractor. */
    public Signals of(String text, String lang) {
        List<Quantity> found = quantities.extract(text, lang);
        List<String> terms = new ArrayList<>();
        found.forEach(q -> terms.addAll(q.terms()));
        List<String> units = found.stream()
                .map(Quantity::unit)
                .filter(Unit::namesAMeasure)
                .map(Unit::termSuffix)
                .distinct()
                .toList();
        return new Signals(terms, units, features(text, found));
    }

    /**
     * What {@link #of} finds.
     *
     * @param unitTerms the units of measure a question may name ({@link Unit#namesAMeasure()}), as index terms
     */
    public record Signals(List<String> numberTerms, List<String> unitTerms, Set<SentenceFeature> features) {}

    /**
     * The unit of measure a question word names ("gigawatts", "dólares", "Prozent"): it matches the sentences stating
     * a quantity in that unit, however they write it ("10GW", "$5", "%").
     */
    public Optional<Unit> unitNamed(String word, String lang) {
        return quantities.unitNamed(word, lang).filter(Unit::namesAMeasure);
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
            } else if (q.unit() == Unit.PERCENT) {
                out.add(SentenceFeature.PERCENT);
            }
        }
        if (hasQuote(text)) {
            out.add(SentenceFeature.QUOTE);
        }
        if (namesSomeone(text)) {
            out.add(SentenceFeature.NAME);
        }
        return out;
    }

    private static boolean hasQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (QUOTE_CHARS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #NAME} occurs. Every match starts at a capital after a space or before a full stop, so
     * the pattern is only tried there: searching every position was a tenth of building a document.
     */
    static boolean namesSomeone(String text) {
        Matcher name = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return NAME.matcher(text).find(); // capitals beyond the BMP: let the pattern search itself
            }
            boolean candidate = Character.getType(c) == Character.UPPERCASE_LETTER
                    && ((i > 0 && text.charAt(i - 1) == ' ') || (i + 1 < text.length() && text.charAt(i + 1) == '.'));
            if (candidate) {
                if (name == null) {
                    name = NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (name.region(i, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
