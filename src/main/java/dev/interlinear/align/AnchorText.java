package dev.interlinear.align;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts the language-independent anchors of a sentence: numbers, names, cognate keys, quotes. */
final class AnchorText {

    /** A word of a sentence, and whether it is the sentence's first word (capitalised for grammar, not as a name). */
    record Word(String text, boolean first) {}

    // Thousands groups may be joined by '.', ',', no-break or thin spaces, or an apostrophe (Swiss); never by a
    // plain space, which would glue "2024 100" together.
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,\\u00A0\\u202F\\u2009'’]\\d{3})*(?:[.,]\\d+)?");
    private static final Pattern GROUP_JOINERS = Pattern.compile("[\\u00A0\\u202F\\u2009'’]");
    private static final Pattern SEPARATORS = Pattern.compile("[.,]");
    private static final String QUOTE_CHARS = "\"„“”«»「」『』";

    private AnchorText() {}

    /**
     * The numbers of a text in a canonical form, so that "1,5" and "1.5" are the same, "10GW" and "10 GW" both
     * give 10, and "1.000" / "1,000" / "1 000" (no-break space) all give 1000.
     */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(canonicalNumber(m.group()));
        }
        return out;
    }

    static String canonicalNumber(String raw) {
        String s = GROUP_JOINERS.matcher(raw).replaceAll("");
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        long dots = s.chars().filter(c -> c == '.').count();
        long commas = s.chars().filter(c -> c == ',').count();
        String plain;
        if (dots > 0 && commas > 0) {
            // "1.234,56" or "1,234.56": the last separator is the decimal one.
            char decimal = lastDot > lastComma ? '.' : ',';
            char thousands = decimal == '.' ? ',' : '.';
            plain = s.replace(String.valueOf(thousands), "").replace(decimal, '.');
        } else if (dots + commas > 1) {
            plain = SEPARATORS.matcher(s).replaceAll("");
        } else if (dots + commas == 1) {
            int sep = Math.max(lastDot, lastComma);
            boolean thousandsGroup = s.length() - sep - 1 == 3;
            // "1.500" / "1,500": read as a thousands group, the usual reading in prose of every language we serve.
            plain = thousandsGroup ? SEPARATORS.matcher(s).replaceAll("") : s.replace(',', '.');
        } else {
            plain = s;
        }
        try {
            return new BigDecimal(plain).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return plain;
        }
    }

    /** Runs of letters (with their combining marks); digits, punctuation and spaces separate words. */
    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int k = 0;
        while (k < text.length()) {
            while (k < text.length() && !isWordChar(text.charAt(k))) {
                k++;
            }
            int start = k;
            while (k < text.length() && isWordChar(text.charAt(k))) {
                k++;
            }
            if (k > start) {
                out.add(new Word(text.substring(start, k), out.isEmpty()));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /**
     * A name: a capitalised word that is not the sentence's first word, or a word with a further capital
     * anywhere (acronyms and brands: NVIDIA, AMD, OpenAI), even at the start.
     */
    static boolean isName(Word w) {
        String t = w.text();
        if (t.length() < 2 || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        if (!w.first()) {
            return true;
        }
        for (int k = 1; k < t.length(); k++) {
            if (Character.isUpperCase(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The cognate key of a folded word: its first four letters, for words of five letters or more; else null. */
    static String cognateKey(String folded) {
        return folded.length() >= 5 ? folded.substring(0, 4) : null;
    }

    static boolean hasQuote(String text) {
        return text.chars().anyMatch(c -> QUOTE_CHARS.indexOf(c) >= 0);
    }
}
