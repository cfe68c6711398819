package dev.interlinear.index;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Language-neutral evidence of a sentence: canonical number terms and the kinds of information it holds. */
public final class SentenceSignals {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");
    private static final Pattern MONEY = Pattern.compile("[$€£]|(?i)\\b(dollar|dólar|dolar|euro|usd|eur)");
    private static final Pattern QUOTE = Pattern.compile("[\"“”„«»]");
    /**
     * Two capitalised words in a row, not at the start, or initials: a cheap sign of a person's name that
     * German's capitalised nouns do not trigger on their own.
     */
    private static final Pattern NAME = Pattern.compile(
            "(?<=[\\p{L},:;] )\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+|\\b(?:\\p{Lu}\\.){1,3} ?\\p{Lu}\\p{Ll}+");

    public List<String> numberTerms(String text, String lang) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceAll("[.,]", ""));
        }
        return out;
    }

    public Set<SentenceFeature> features(String text, String lang) {
        Set<SentenceFeature> out = EnumSet.noneOf(SentenceFeature.class);
        if (NUMBER.matcher(text).find()) {
            out.add(SentenceFeature.QUANTITY);
        }
        if (YEAR.matcher(text).find()) {
            out.add(SentenceFeature.DATE);
        }
        if (MONEY.matcher(text).find()) {
            out.add(SentenceFeature.MONEY);
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
