package dev.interlinear.quantity;

import static dev.interlinear.quantity.NumberLexicon.hashed;

import dev.interlinear.language.Folding;
import dev.interlinear.segment.SentenceSegmenter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money, power, energy, percentages, multiples, years and bare numbers in text of one language
 * and normalises them into {@link Quantity} values (see {@link Unit} for the base units).
 *
 * <p>What it reads, in de, pt, en, es and fr: digits with the language's separators ("1,5" in German is 1.5,
 * "1,000" in English is 1000); number words ("zehn", "dez", "vingt et un", "zweiundzwanzig") and halves
 * ("eineinhalb", "um ano e meio", "one and a half"); magnitude words and abbreviations ("Milliarden", "Mrd.",
 * "bilhões", "mil millones", "milliards"), also without digits ("Billionen-Dollar-...", "de trilhões de dólares");
 * currencies before or after the amount ("US$", "€", "US-Dollar", "dólares", "d'euros"); power and energy ("10GW",
 * "6 Gigawatt", "kWh"); percentages; multiples ("10x", "ten times", "um das Zehnfache", "verzehnfacht", "dez vezes");
 * and four-digit years after a cue ("ab 2026", "a partir de 2026", "zu Beginn des Jahres 2024") or standing alone.
 *
 * <p>Stateless and thread-safe. Never throws for any input; quantities come back in text order and never overlap.
 */
public final class QuantityExtractor implements QuantityFinder {

    private static final Pattern NUMBER =
            Pattern.compile("\\d{1,3}(?:[\\u00A0\\u202F\\u2009]\\d{3})+(?!\\d)(?:[.,]\\d+)?|\\d+(?:[.,'’]\\d+)*");
    /** French also groups thousands with a plain space: "3 000 euros". */
    private static final Pattern NUMBER_FR =
            Pattern.compile("\\d{1,3}(?:[ \\u00A0\\u202F\\u2009]\\d{3})+(?!\\d)(?:,\\d+)?|\\d+(?:[.,'’]\\d+)*");

    private static final Pattern PLAIN_YEAR = Pattern.compile("[12]\\d{3}");
    private static final Pattern METRIC_WATT = Pattern.compile("(k|K|M|G|T)?W(h)?");
    private static final Pattern WATT_WORD = Pattern.compile(
            "(kilo|mega|giga|tera)?(?:watt|watts|vatio|vatios)(stunde|stunden|heure|heures|hora|horas)?");
    private static final Set<String> HOUR_WORDS =
            hashed(Set.of("hour", "hours", "hora", "horas", "heure", "heures", "stunde", "stunden"));
    private static final Map<String, BigDecimal> SI_PREFIX = hashed(Map.of(
            "k",
            BigDecimal.TEN.pow(3),
            "kilo",
            BigDecimal.TEN.pow(3),
            "m",
            BigDecimal.TEN.pow(6),
            "mega",
            BigDecimal.TEN.pow(6),
            "g",
            BigDecimal.TEN.pow(9),
            "giga",
            BigDecimal.TEN.pow(9),
            "t",
            BigDecimal.TEN.pow(12),
            "tera",
            BigDecimal.TEN.pow(12)));
    private static final Map<String, Unit> CURRENCY_WORDS = hashed(Map.ofEntries(
            Map.entry("dollar", Unit.CURRENCY_USD), Map.entry("dollars", Unit.CURRENCY_USD),
            Map.entry("dolar", Unit.CURRENCY_USD), Map.entry("dolares", Unit.CURRENCY_USD),
            Map.entry("usd", Unit.CURRENCY_USD), Map.entry("euro", Unit.CURRENCY_EUR),
            Map.entry("euros", Unit.CURRENCY_EUR), Map.entry("eur", Unit.CURRENCY_EUR),
            Map.entry("pfund", Unit.CURRENCY_GBP), Map.entry("pound", Unit.CURRENCY_GBP),
            Map.entry("pounds", Unit.CURRENCY_GBP), Map.entry("libras", Unit.CURRENCY_GBP),
            Map.entry("livres", Unit.CURRENCY_GBP), Map.entry("gbp", Unit.CURRENCY_GBP),
            Map.entry("yen", Unit.CURRENCY_JPY), Map.entry("yens", Unit.CURRENCY_JPY),
            Map.entry("iene", Unit.CURRENCY_JPY), Map.entry("ienes", Unit.CURRENCY_JPY),
            Map.entry("yenes", Unit.CURRENCY_JPY), Map.entry("jpy", Unit.CURRENCY_JPY),
            Map.entry("yuan", Unit.CURRENCY_CNY), Map.entry("yuans", Unit.CURRENCY_CNY),
            Map.entry("renminbi", Unit.CURRENCY_CNY), Map.entry("rmb", Unit.CURRENCY_CNY),
            Map.entry("cny", Unit.CURRENCY_CNY), Map.entry("reais", Unit.CURRENCY_OTHER),
            Map.entry("brl", Unit.CURRENCY_OTHER), Map.entry("franken", Unit.CURRENCY_OTHER),
            Map.entry("francs", Unit.CURRENCY_OTHER), Map.entry("chf", Unit.CURRENCY_OTHER),
            Map.entry("rupees", Unit.CURRENCY_OTHER), Map.entry("rubel", Unit.CURRENCY_OTHER),
            Map.entry("rublos", Unit.CURRENCY_OTHER), Map.entry("pesos", Unit.CURRENCY_OTHER)));
    private static final Map<String, Unit> CURRENCY_SIGNS = hashed(
            Map.of("$", Unit.CURRENCY_USD, "€", Unit.CURRENCY_EUR, "£", Unit.CURRENCY_GBP, "¥", Unit.CURRENCY_JPY));
    /** ISO codes written before the amount: "USD 5 million". Upper case only, so "eur" in prose is no prefix. */
    private static final Map<String, Unit> ISO_PREFIXES = hashed(Map.of(
            "USD",
            Unit.CURRENCY_USD,
            "EUR",
            Unit.CURRENCY_EUR,
            "GBP",
            Unit.CURRENCY_GBP,
            "JPY",
            Unit.CURRENCY_JPY,
            "CNY",
            Unit.CURRENCY_CNY,
            "RMB",
            Unit.CURRENCY_CNY,
            "BRL",
            Unit.CURRENCY_OTHER,
            "CHF",
            Unit.CURRENCY_OTHER));
    /** Letters glued before "$": "US$" is the US dollar; "R$", "A$", "C$", "HK$" are other dollars and the real. */
    private static final Set<String> DOLLAR_QUALIFIERS =
            hashed(Set.of("A", "C", "R", "HK", "NZ", "S", "CA", "AU", "NT", "MX"));

    private static final Set<String> PERCENT_WORDS =
            hashed(Set.of("prozent", "percent", "pct", "pourcent", "porcento"));
    private static final Map<String, String> PERCENT_PAIRS =
            hashed(Map.of("per", "cent", "por", "cento|ciento", "pour", "cent"));
    private static final Set<String> ABBREVIATED_MAGNITUDES =
            hashed(Set.of("mio", "mrd", "tsd", "bio", "md", "mds", "mill"));
    private static final Set<String> RANGE_WORDS = hashed(
            Set.of("bis", "to", "und", "and", "e", "y", "et", "a", "ate", "hasta", "au", "or", "oder", "ou", "o"));
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final int MAX_MAGNITUDES = 4;
    private static final Set<String> LOWER_METRIC_UNITS = hashed(Set.of("kw", "gw", "tw", "kwh", "mwh", "gwh", "twh"));

    /** Language tag -> base language: ICU's tag parser is too slow to run for every sentence. */
    private final Map<String, String> baseLanguages = new ConcurrentHashMap<>();

    /**
     * Unit words that alone, without a figure, are as often something else: pounds and "Pfund", "libras", "livres" of
     * weight (or books), "KW" a calendar week, "TW" many an abbreviation.
     */
    private static final Set<String> AMBIGUOUS_ALONE =
            hashed(Set.of("pound", "pounds", "pfund", "libra", "libras", "livre", "livres", "kw", "tw"));

    @Override
    public Optional<Unit> unitNamed(String word, String lang) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        String language = baseLanguage(lang);
        Scan scan = new Scan(word, tokenize(word, language), NumberLexicon.forLanguage(language), language);
        Token t = scan.at(0);
        if (scan.tokens.size() != 1 || t.kind != Kind.WORD || AMBIGUOUS_ALONE.contains(t.folded)) {
            return Optional.empty();
        }
        return wordUnit(scan, 0, t).map(UnitMatch::unit);
    }

    private String baseLanguage(String lang) {
        return lang == null
                ? SentenceSegmenter.baseLanguage(null)
                : baseLanguages.computeIfAbsent(lang, SentenceSegmenter::baseLanguage);
    }

    /** Quantities of {@code text}, in order. {@code lang} is a BCP 47 tag; unknown languages are read as English. */
    @Override
    public List<Quantity> extract(String text, String lang) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String language = baseLanguage(lang);
        Scan scan = new Scan(text, tokenize(text, language), NumberLexicon.forLanguage(language), language);
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < scan.tokens.size()) {
            Optional<Found> found = quantityAt(scan, i, out.isEmpty() ? null : out.getLast());
            if (found.isPresent()) {
                out.add(found.get().quantity());
                i = Math.max(i + 1, found.get().next());
            } else {
                i++;
            }
        }
        return List.copyOf(out);
    }

    private enum Kind {
        NUMBER,
        WORD,
        SYMBOL,
        OTHER
    }

    private record Token(Kind kind, String raw, String folded, int start, int end) {
        boolean is(Kind k, String foldedText) {
            return kind == k && folded.equals(foldedText);
        }
    }

    private record Scan(String text, List<Token> tokens, NumberLexicon lexicon, String language) {
        Token at(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
        }

        /** Tokens i-1 and i belong to one phrase: only spaces, one line break, a hyphen or an apostrophe between. */
        boolean joined(int i) {
            if (i <= 0 || i >= tokens.size()) {
                return false;
            }
            int from = tokens.get(i - 1).end;
            int to = tokens.get(i).start;
            int marks = 0;
            int lineBreaks = 0;
            for (int p = from; p < to; p++) {
                char c = text.charAt(p);
                if (c == '\n') {
                    lineBreaks++;
                } else if (isJoiner(c)) {
                    marks++;
                } else if (!isSpace(c)) {
                    return false;
                }
            }
            return marks <= 1 && lineBreaks <= 1 && to - from <= 4;
        }

        boolean glued(int i) {
            return i > 0 && i < tokens.size() && tokens.get(i - 1).end == tokens.get(i).start;
        }
    }

    private record Found(Quantity quantity, int next) {}

    /** A number before its unit. */
    private record Amount(
            BigDecimal value, int next, int end, boolean oneWord, boolean magnitude, boolean yearShaped) {}

    private record UnitMatch(Unit unit, BigDecimal scale, int next, int end) {}

    private Optional<Found> quantityAt(Scan scan, int i, Quantity previous) {
        Token first = scan.at(i);
        if (first.kind == Kind.WORD) {
            Optional<BigDecimal> multiple = scan.lexicon.multipleWord(first.folded);
            if (multiple.isPresent()) {
                return Optional.of(new Found(new Quantity(multiple.get(), Unit.TIMES, first.start, first.end), i + 1));
            }
        }
        Unit prefix = null;
        int j = i;
        if (first.kind == Kind.WORD
                && scan.at(i + 1) != null
                && scan.at(i + 1).raw.equals("$")
                && scan.glued(i + 1)
                && (first.raw.equals("US") || first.raw.equals("U") || DOLLAR_QUALIFIERS.contains(first.raw))) {
            prefix = first.raw.startsWith("U") ? Unit.CURRENCY_USD : Unit.CURRENCY_OTHER;
            j = i + 2;
        } else if (first.kind == Kind.SYMBOL && CURRENCY_SIGNS.containsKey(first.raw)) {
            prefix = CURRENCY_SIGNS.get(first.raw);
            j = i + 1;
        } else if (first.kind == Kind.WORD
                && mayBeIsoCode(first.raw)
                && ISO_PREFIXES.containsKey(first.raw)
                && scan.at(i + 1) != null
                && scan.at(i + 1).kind == Kind.NUMBER) {
            prefix = ISO_PREFIXES.get(first.raw);
            j = i + 1;
        }
        if (prefix != null && (scan.at(j) == null || !scan.joined(j))) {
            return Optional.empty();
        }
        Optional<Amount> parsed = amountAt(scan, j, prefix != null);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Amount amount = parsed.get();
        Optional<UnitMatch> suffix = unitAt(scan, amount.next, amount.magnitude);
        BigDecimal value = amount.value;
        Unit unit = Unit.NONE;
        int next = amount.next;
        int end = amount.end;
        if (suffix.isPresent() && (prefix == null || suffix.get().unit == prefix)) {
            value = value.multiply(suffix.get().scale);
            unit = suffix.get().unit;
            next = suffix.get().next;
            end = suffix.get().end;
        }
        if (prefix != null) {
            unit = prefix;
        }
        if (unit == Unit.NONE && amount.oneWord && !amount.magnitude) {
            return Optional.empty(); // "ein", "um", "a": articles far more often than numbers
        }
        if (unit == Unit.NONE && amount.yearShaped && isYear(scan, j, amount.next, previous)) {
            unit = Unit.YEAR;
        }
        return Optional.of(new Found(new Quantity(value, unit, first.start, end), next));
    }

    /** Every ISO prefix is three letters, the first upper-case ASCII: other words need not be hashed. */
    private static boolean mayBeIsoCode(String word) {
        return word.length() == 3 && word.charAt(0) >= 'A' && word.charAt(0) <= 'Z';
    }

    private Optional<Amount> amountAt(Scan scan, int j, boolean afterCurrency) {
        Token t = scan.at(j);
        if (t == null) {
            return Optional.empty();
        }
        NumberLexicon lex = scan.lexicon;
        BigDecimal value;
        int k = j + 1;
        int end = t.end;
        boolean oneWord = false;
        boolean yearShaped = false;
        boolean bareMagnitude = false;
        if (t.kind == Kind.NUMBER) {
            Optional<BigDecimal> digits = Numerals.parse(t.raw, scan.language);
            if (digits.isEmpty()) {
                return Optional.empty();
            }
            value = digits.get();
            yearShaped = PLAIN_YEAR.matcher(t.raw).matches()
                    && !(scan.at(k) != null && scan.glued(k) && scan.at(k).kind == Kind.WORD); // not "1990s"
        } else if (t.kind == Kind.WORD && lex.oneWords().contains(t.folded)) {
            value = BigDecimal.ONE;
            oneWord = true;
        } else if (t.kind == Kind.WORD && lex.wordValue(t.folded).isPresent()) {
            List<Integer> words = new ArrayList<>();
            words.add(lex.wordValue(t.folded).get().intValue());
            value = lex.wordValue(t.folded).get();
            while (scan.joined(k)) {
                Token w = scan.at(k);
                boolean viaConnector = lex.numberConnectors().contains(w.folded) && scan.joined(k + 1);
                Token numberToken = viaConnector ? scan.at(k + 1) : w;
                Optional<BigDecimal> v = continuationValue(lex, numberToken);
                if (v.isEmpty() || !continues(words.getLast(), v.get().intValue(), viaConnector, scan.language)) {
                    break;
                }
                words.add(v.get().intValue());
                end = numberToken.end;
                k += viaConnector ? 2 : 1;
            }
            if (words.size() > 1) {
                value = BigDecimal.valueOf(combine(words, scan.language));
            }
        } else if (t.kind == Kind.WORD && magnitudeOf(scan, j, afterCurrency).isPresent()) {
            value = BigDecimal.ONE;
            k = j;
            bareMagnitude = true;
        } else {
            return Optional.empty();
        }
        int[] half = halfAt(scan, k);
        if (half != null) {
            value = value.add(HALF);
            k = half[0];
            end = half[1];
            oneWord = false;
            yearShaped = false;
        }
        boolean magnitude = false;
        for (int m = 0; m < MAX_MAGNITUDES && (k == j || scan.joined(k)); m++) {
            Optional<BigDecimal> factor = magnitudeOf(scan, k, afterCurrency);
            if (factor.isEmpty() || (scan.at(k).folded.equals("k") && !afterCurrency && !scan.glued(k))) {
                break;
            }
            value = value.multiply(factor.get());
            magnitude = true;
            end = scan.at(k).end;
            k++;
            if (ABBREVIATED_MAGNITUDES.contains(scan.at(k - 1).folded)
                    && scan.at(k) != null
                    && scan.at(k).raw.equals(".")
                    && scan.glued(k)) {
                end = scan.at(k).end;
                k++;
            }
        }
        if (bareMagnitude && !magnitude) {
            return Optional.empty();
        }
        return Optional.of(new Amount(value, k, end, oneWord, magnitude, yearShaped && !magnitude));
    }

    /** A small number word that may follow another: "two" in "twenty-two", "un" in "vingt et un". */
    private static Optional<BigDecimal> continuationValue(NumberLexicon lex, Token t) {
        if (t == null || t.kind != Kind.WORD) {
            return Optional.empty();
        }
        Integer v = lex.numberWords().get(t.folded);
        if (v != null) {
            return Optional.of(BigDecimal.valueOf(v));
        }
        boolean one = lex.oneWords().contains(t.folded) && !t.folded.equals("a");
        return one ? Optional.of(BigDecimal.ONE) : Optional.empty();
    }

    private static Optional<BigDecimal> magnitudeOf(Scan scan, int k, boolean afterCurrency) {
        Token t = scan.at(k);
        if (t == null || t.kind != Kind.WORD) {
            return Optional.empty();
        }
        BigDecimal factor = scan.lexicon.magnitudes().get(t.folded);
        if (factor != null) {
            boolean needsDot = t.folded.equals("bio"); // "Bio" without a dot is "organic"
            Token dot = scan.at(k + 1);
            if (needsDot && (dot == null || !dot.raw.equals(".") || !scan.glued(k + 1))) {
                return Optional.empty();
            }
            return Optional.of(factor);
        }
        if (afterCurrency || (t.folded.equals("k") && scan.glued(k))) {
            return Optional.ofNullable(scan.lexicon.currencyMagnitudes().get(t.folded));
        }
        return Optional.empty();
    }

    /** Whether number word {@code next} continues a number ending in {@code previous}: "twenty" "two", "quatre" "vingt". */
    private static boolean continues(int previous, int next, boolean viaConnector, String language) {
        if (language.equals("fr") && previous == 4 && next == 20 && !viaConnector) {
            return true;
        }
        if (next == 100 && previous < 10 && !viaConnector) {
            return true;
        }
        if (language.equals("fr") && previous == 10 && next >= 7 && next <= 9 && !viaConnector) {
            return true; // dix-sept
        }
        if (language.equals("fr") && (previous == 20 || previous == 60) && next >= 10 && next < 20) {
            return true; // quatre-vingt-dix, soixante et onze
        }
        if (viaConnector && language.equals("en")) {
            return previous % 100 == 0 && next < 100;
        }
        return previous >= 20 && previous % 10 == 0 && next < previous && (next < 10 || previous >= 100);
    }

    private static long combine(List<Integer> words, String language) {
        long total = 0;
        int previous = 0;
        for (int v : words) {
            if (v == 100 && previous > 0 && previous < 10) {
                total = total - previous + previous * 100L;
            } else if (language.equals("fr") && v == 20 && previous == 4) {
                total = total - 4 + 80;
            } else {
                total += v;
            }
            previous = v;
        }
        return total;
    }

    /** "e meio", "and a half", "et demi", optionally after one noun ("um ano e meio"): {next, end} or null. */
    private static int[] halfAt(Scan scan, int k) {
        List<String> phrase = scan.lexicon.halfPhrase();
        if (phrase.isEmpty()) {
            return null;
        }
        for (int start : new int[] {k, k + 1}) {
            if (start == k + 1 && (scan.at(k) == null || scan.at(k).kind != Kind.WORD || !scan.joined(k))) {
                continue;
            }
            int p = start;
            boolean ok = true;
            for (String alternatives : phrase) {
                Token t = scan.at(p);
                if (t == null || !scan.joined(p) || t.kind != Kind.WORD || !isAlternative(alternatives, t.folded)) {
                    ok = false;
                    break;
                }
                p++;
            }
            if (ok) {
                return new int[] {p, scan.at(p - 1).end};
            }
        }
        return null;
    }

    /** Whether {@code word} is one of the {@code |}-separated alternatives ("meio|meia"). */
    private static boolean isAlternative(String alternatives, String word) {
        int from = 0;
        while (from <= alternatives.length()) {
            int bar = alternatives.indexOf('|', from);
            int to = bar < 0 ? alternatives.length() : bar;
            if (to - from == word.length() && alternatives.startsWith(word, from)) {
                return true;
            }
            if (bar < 0) {
                return false;
            }
            from = bar + 1;
        }
        return false;
    }

    private Optional<UnitMatch> unitAt(Scan scan, int k, boolean afterMagnitude) {
        if (!scan.joined(k)) {
            return Optional.empty();
        }
        Optional<UnitMatch> direct = unitWordAt(scan, k);
        if (direct.isPresent() || !afterMagnitude) {
            return direct;
        }
        Token t = scan.at(k);
        if (t.kind == Kind.WORD && scan.lexicon.unitConnectors().contains(t.folded) && scan.joined(k + 1)) {
            return unitWordAt(scan, k + 1).filter(u -> u.unit.isCurrency());
        }
        return Optional.empty();
    }

    private Optional<UnitMatch> unitWordAt(Scan scan, int k) {
        Token t = scan.at(k);
        BigDecimal one = BigDecimal.ONE;
        switch (t.kind) {
            case SYMBOL -> {
                if (t.raw.equals("%")) {
                    return Optional.of(new UnitMatch(Unit.PERCENT, one, k + 1, t.end));
                }
                if (t.raw.equals("×")) {
                    return Optional.of(new UnitMatch(Unit.TIMES, one, k + 1, t.end));
                }
                Unit sign = CURRENCY_SIGNS.get(t.raw);
                return Optional.ofNullable(sign).map(u -> new UnitMatch(u, one, k + 1, t.end));
            }
            case WORD -> {
                return wordUnit(scan, k, t);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<UnitMatch> wordUnit(Scan scan, int k, Token t) {
        BigDecimal one = BigDecimal.ONE;
        String f = t.folded;
        Matcher metric = METRIC_WATT.matcher(t.raw);
        boolean lowerMetric = LOWER_METRIC_UNITS.contains(f);
        if (metric.matches() || lowerMetric) {
            String prefix = f.startsWith("w") ? "" : f.substring(0, 1);
            boolean hours = f.endsWith("h");
            return Optional.of(new UnitMatch(
                    hours ? Unit.WATT_HOUR : Unit.WATT, prefix.isEmpty() ? one : SI_PREFIX.get(prefix), k + 1, t.end));
        }
        Matcher watt = WATT_WORD.matcher(f);
        if (watt.matches()) {
            BigDecimal scale = watt.group(1) == null ? one : SI_PREFIX.get(watt.group(1));
            boolean hours = watt.group(2) != null;
            Token after = scan.at(k + 1);
            if (!hours && after != null && scan.joined(k + 1) && HOUR_WORDS.contains(after.folded)) {
                return Optional.of(new UnitMatch(Unit.WATT_HOUR, scale, k + 2, after.end));
            }
            return Optional.of(new UnitMatch(hours ? Unit.WATT_HOUR : Unit.WATT, scale, k + 1, t.end));
        }
        if (f.equals("us") || f.equals("u")) { // "US-Dollar", "U.S. dollars" is read as "dollars"
            Token after = scan.at(k + 1);
            if (after != null && scan.joined(k + 1) && CURRENCY_WORDS.get(after.folded) == Unit.CURRENCY_USD) {
                return Optional.of(new UnitMatch(Unit.CURRENCY_USD, one, k + 2, after.end));
            }
            return Optional.empty();
        }
        Unit currency = CURRENCY_WORDS.get(f);
        if (currency != null) {
            return Optional.of(new UnitMatch(currency, one, k + 1, t.end));
        }
        if (PERCENT_WORDS.contains(f)) {
            return Optional.of(new UnitMatch(Unit.PERCENT, one, k + 1, t.end));
        }
        String second = PERCENT_PAIRS.get(f);
        Token after = scan.at(k + 1);
        if (second != null && after != null && scan.joined(k + 1) && after.folded.matches(second)) {
            return Optional.of(new UnitMatch(Unit.PERCENT, one, k + 2, after.end));
        }
        boolean glued = scan.glued(k) || (t.start > 0 && scan.text.charAt(t.start - 1) == '-');
        if ((t.raw.equals("x") && scan.glued(k))
                || (scan.lexicon.timesWords().contains(f) && (!f.equals("mal") || glued))) {
            return Optional.of(new UnitMatch(Unit.TIMES, one, k + 1, t.end));
        }
        return Optional.empty();
    }

    private static boolean isYear(Scan scan, int j, int next, Quantity previous) {
        NumberLexicon lex = scan.lexicon;
        Token before = scan.at(j - 1);
        if (before != null && before.kind == Kind.WORD && scan.joined(j)) {
            if (lex.yearCues().contains(before.folded) || lex.isMonth(before.folded)) {
                return true;
            }
            Token cue = scan.at(j - 2);
            if (lex.yearLinks().contains(before.folded)
                    && cue != null
                    && cue.kind == Kind.WORD
                    && scan.joined(j - 1)
                    && (lex.yearCues().contains(cue.folded) || lex.isMonth(cue.folded))) {
                return true;
            }
        }
        if (previous != null
                && previous.unit() == Unit.YEAR
                && isRangeGap(scan.text, previous.end(), scan.at(j).start)) {
            return true;
        }
        Token after = scan.at(next);
        return after == null || after.kind == Kind.OTHER || !scan.joined(next);
    }

    /** "2024–2026", "2024 bis 2026", "2024 and 2025". */
    private static boolean isRangeGap(String text, int from, int to) {
        if (to < from || to - from > 8) {
            return false;
        }
        String gap = text.substring(from, to).strip();
        return gap.isEmpty() || gap.matches("[-–—/]") || RANGE_WORDS.contains(Folding.fold(gap));
    }

    private static List<Token> tokenize(String text, String language) {
        Matcher number = null; // made at the first digit: most sentences have none
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp >= '0' && cp <= '9') {
                if (number == null) {
                    number = (language.equals("fr") ? NUMBER_FR : NUMBER).matcher(text);
                }
                number.region(i, text.length());
                int end = number.lookingAt() ? number.end() : i + 1;
                String raw = text.substring(i, end);
                tokens.add(new Token(Kind.NUMBER, raw, raw, i, end));
                i = end;
            } else if (Character.isLetter(cp)) {
                int end = i + width;
                while (end < text.length()) {
                    int c = text.codePointAt(end);
                    if (!Character.isLetter(c) && !isMark(c)) {
                        break;
                    }
                    end += Character.charCount(c);
                }
                String raw = text.substring(i, end);
                tokens.add(new Token(Kind.WORD, raw, Folding.fold(raw), i, end));
                i = end;
            } else if (isSpace(cp) || isJoiner(cp) || cp == '\n' || cp == '\r') {
                i += width;
            } else {
                String raw = text.substring(i, i + width);
                Kind kind = "$€£¥%×".contains(raw) ? Kind.SYMBOL : Kind.OTHER;
                tokens.add(new Token(kind, raw, raw, i, i + width));
                i += width;
            }
        }
        return tokens;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    private static boolean isJoiner(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '’';
    }
}
