package dev.interlinear.quantity;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a run of digits with separators ("1,5", "300.000", "1,000", "1.234,56", "10 000", "1'000") as written
 * in a given language. German, Portuguese, Spanish and French use the decimal comma; English the decimal point.
 */
final class Numerals {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");
    private static final String SPACE_GROUPING = " \u00A0\u202F\u2009'’";
    private static final int MAX_LENGTH = 64;

    private Numerals() {}

    /** The value, or empty for what is not one number (versions "3.12.1", dates "12.05.2024", lists "1,2,3"). */
    static Optional<BigDecimal> parse(String raw, String baseLanguage) {
        if (raw.isEmpty() || raw.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = withoutSpaceGrouping(raw);
        if (s == null) {
            return Optional.empty();
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        String plain;
        if (dots == 0 && commas == 0) {
            plain = s;
        } else if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            if (count(s, decimal) != 1) {
                return Optional.empty();
            }
            int at = s.lastIndexOf(decimal);
            String integer = s.substring(0, at);
            if (integer.indexOf(decimal) >= 0 || !GROUPED.matcher(integer).matches()) {
                return Optional.empty();
            }
            plain = integer.replace(String.valueOf(grouping), "") + "." + s.substring(at + 1);
        } else {
            char sep = dots > 0 ? '.' : ',';
            int n = Math.max(dots, commas);
            if (n > 1) {
                if (!GROUPED.matcher(s).matches()) {
                    return Optional.empty();
                }
                plain = s.replace(String.valueOf(sep), "");
            } else {
                boolean decimalSeparator = sep == decimalSeparator(baseLanguage);
                boolean couldGroup = GROUPED.matcher(s).matches();
                plain = !decimalSeparator && couldGroup ? s.replace(String.valueOf(sep), "") : s.replace(sep, '.');
            }
        }
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static char decimalSeparator(String baseLanguage) {
        return switch (baseLanguage) {
            case "de", "pt", "es", "fr", "it", "nl" -> ',';
            default -> '.';
        };
    }

    /** "10 000 000" → "10000000"; null when spaced groups are not of three digits. */
    private static String withoutSpaceGrouping(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int groupLength = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (SPACE_GROUPING.indexOf(c) >= 0) {
                groupLength = 0;
            } else {
                if (c == '.' || c == ',') {
                    if (groupLength >= 0 && groupLength != 3) {
                        return null;
                    }
                    groupLength = -1;
                } else if (groupLength >= 0) {
                    groupLength++;
                }
                out.append(c);
            }
        }
        return groupLength >= 0 && groupLength != 3 ? null : out.toString();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
