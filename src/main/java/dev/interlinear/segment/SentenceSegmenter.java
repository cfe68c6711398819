package dev.interlinear.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.interlinear.corpus.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits prose into sentences: ICU's sentence rules (UAX #29) first, then corrections for what they get wrong
 * in de, pt, en, es and fr.
 *
 * <p>ICU proposes boundaries; the corrections only ever move a boundary over a closing quote or remove one,
 * never cut text elsewhere. Corrections, in order:
 * <ol>
 *   <li>a boundary in front of a closing quote (French {@code « Bonjour. » Puis}) moves behind the quote;</li>
 *   <li>boundaries inside protected spans are dropped: abbreviations of the language ({@code z. B.}, {@code Dr.},
 *       {@code Sra.}, {@code p. ex.}, {@code EE. UU.}), initials ({@code C.C. Wei}, {@code J. R. R. Tolkien}),
 *       URLs and e-mail addresses, {@code [...]}, German ordinals ({@code am 3. Oktober}) and quotations
 *       introduced by a colon ({@code sagte: „Gut. Sehr gut.“});</li>
 *   <li>a boundary followed by a lower-case letter is dropped ({@code "Why?" he asked.});</li>
 *   <li>list numbers ({@code 1.}, {@code 2)}) are never left alone: they stay with the item that follows them,
 *       and a list introduced by a colon keeps its first item ({@code Sein Ansatz ist: 1. Aufbau ...}).</li>
 * </ol>
 * ICU's {@code @ss=standard} suppressions are deliberately not used: for Portuguese they suppress breaks after
 * every word ending in "l." and merge real sentences.
 *
 * <p>Pieces are stripped of surrounding whitespace and empty pieces are dropped; otherwise no text is lost or
 * reordered. Single line breaks inside a block count as spaces (hard-wrapped text); blank lines still end a
 * sentence.
 *
 * <p>Thread-safe: ICU iterators are cloned from per-instance prototypes for every call.
 */
public final class SentenceSegmenter {

    // Possessive repetitions and a match only from the start of a run: the same matches, but in linear time and
    // without the recursion that overflows the stack on a long run ("A.A.A.…", "aaaa…" without '@', "a@b.b.b.…").
    static final Pattern INITIALS = Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{Lu}\\.(?:[ \\u00A0]?\\p{Lu}\\.)*+");
    static final Pattern URL_OR_MAIL =
            Pattern.compile("(?i)(?:\\b(?:https?|ftp)://|\\bwww\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]'»”“]"
                    + "|(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)++");
    static final Pattern BRACKETED_ELLIPSIS = Pattern.compile("[\\[(](?:\\.{3}|…)[\\])]");
    static final Pattern GERMAN_ORDINAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:am|im|zum|zur|vom|beim|der|die|das|dem|den|des|ein|eine|einem|einen|einer|"
                    + "eines|seit|ab|bis|jedes|jeden|jeder)\\s+)?\\d{1,3}\\.(?=\\s+(?:Januar|Jänner|Februar|März|"
                    + "April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhunderts?|Jh\\.|Jahrtausends?|"
                    + "Mal|Quartals?|Platz|Klasse|Stock|Etage|Runde|Liga|Auflage|Tag|Woche|Monats?|Kapitel|Absatz|"
                    + "Artikel|Lebensjahr|Geburtstag|Jahrestag)\\b)"
                    + "|(?<![\\p{L}\\p{N}])(?:am|im|zum|zur|vom|beim|dem|den|des|seit|ab|bis)\\s+\\d{1,3}\\.",
            Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * "n. Chr." and "v. Chr." (after and before Christ): the first part never ends a sentence, while the whole often
     * does ("im Jahr 44 v. Chr. Danach ..."), so only the break between the two is dropped.
     */
    static final Pattern GERMAN_ERA = Pattern.compile("(?<![\\p{L}\\p{N}])[nv]\\.[\\s\\u00A0\\u202F]?(?=Chr\\.)");

    /** A quotation opened right after a colon: the quote belongs to the sentence that introduces it. */
    static final Pattern COLON_QUOTE = Pattern.compile(":\\s*([\"„“«»‚‘'])");

    private static final Pattern LIST_NUMBER_ALONE = Pattern.compile("\\d{1,3}[.)]");
    private static final Pattern COLON_THEN_LIST_NUMBER = Pattern.compile(":\\s*\\d{1,3}[.)]$");
    /** ICU breaks after "..." before a capital, but not after "…": treat both alike. */
    private static final Pattern ELLIPSIS_CHARACTER_THEN_CAPITAL = Pattern.compile("…[\"»”’]?\\s+(?=\\p{Lu})");

    private static final int MAX_QUOTE_LENGTH = 600;

    /** Abbreviations that (almost) never end a sentence; those that often do (etc., usw., Inc.) are left to ICU. */
    private static final List<String> COMMON_ABBREVIATIONS = List.of(
            "Dr.", "Dra.", "Prof.", "Profa.", "St.", "vs.", "ca.", "approx.", "Nr.", "No.", "Vol.", "Abb.", "Fig.");

    private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "de",
                    List.of(
                            "z. B.",
                            "z. T.",
                            "d. h.",
                            "u. a.",
                            "o. ä.",
                            "u. U.",
                            "v. a.",
                            "s. o.",
                            "s. u.",
                            "i. d. R.",
                            "bzw.",
                            "vgl.",
                            "ggf.",
                            "evtl.",
                            "inkl.",
                            "zzgl.",
                            "sog.",
                            "Mio.",
                            "Mrd.",
                            "Bio.",
                            "Tsd.",
                            "Hr.",
                            "Fr.",
                            "Str.",
                            "Jh.",
                            "Abs.",
                            "Kap.",
                            "bspw.",
                            "Dipl.",
                            "Ing.",
                            "geb.",
                            "gest."),
            "en",
                    List.of(
                            "e.g.", "i.e.", "cf.", "Mr.", "Mrs.", "Ms.", "Messrs.", "Rev.", "Gen.", "Sen.", "Rep.",
                            "Gov.", "Lt.", "Col.", "Sgt.", "Capt.", "Mt.", "Ft.", "Jan.", "Feb.", "Aug.", "Sept.",
                            "Oct.", "Nov.", "Dec."),
            "pt",
                    List.of(
                            "Sr.", "Sra.", "Srta.", "p. ex.", "pág.", "págs.", "aprox.", "Av.", "av.", "n.º", "nº.",
                            "Exmo.", "Exma.", "V. Exa."),
            "es",
                    List.of(
                            "Sr.", "Sra.", "Srta.", "Ud.", "Uds.", "Vd.", "Vds.", "p. ej.", "EE. UU.", "pág.", "págs.",
                            "aprox.", "núm.", "Avda.", "a. C.", "d. C.", "Dña."),
            "fr",
                    List.of(
                            "M.",
                            "MM.",
                            "Mme.",
                            "Mlle.",
                            "p. ex.",
                            "c.-à-d.",
                            "av. J.-C.",
                            "apr. J.-C.",
                            "env.",
                            "cf.",
                            "éd.",
                            "p.",
                            "pp.",
                            "vol.",
                            "n°."));

    private final Map<String, BreakIterator> prototypes = new ConcurrentHashMap<>();
    private final Map<String, AbbreviationPattern> abbreviationPatterns = new ConcurrentHashMap<>();
    /** {@link #baseLanguage} of each tag seen: ICU's parsing of a tag was a few percent of segmentation. */
    private final Map<String, String> baseLanguages = new ConcurrentHashMap<>();

    /**
     * The units a block is indexed and shown as: sentences for prose, the whole text for a heading,
     * the non-empty lines for code.
     */
    public List<String> units(BlockKind kind, String text, String lang) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return switch (kind) {
            case HEADING -> List.of(text.strip());
            case CODE ->
                text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            default -> split(text, lang);
        };
    }

    /** Sentences of {@code text}, stripped, in order, none empty. {@code lang} is a BCP 47 tag such as "pt-BR". */
    public List<String> split(String text, String lang) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String language = lang == null
                ? baseLanguage(null)
                : baseLanguages.computeIfAbsent(lang, SentenceSegmenter::baseLanguage);
        List<Integer> boundaries = icuBoundaries(text, language);
        boundaries = addBreaksAfterEllipsisCharacter(text, boundaries);
        boundaries = moveOverClosingQuotes(text, boundaries);
        boundaries = dropProtected(text, boundaries, protectedSpans(text, language));
        boundaries = dropBeforeLowerCase(text, boundaries);
        boundaries = keepListNumbersWithTheirItem(text, boundaries);
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            String piece =
                    text.substring(boundaries.get(i), boundaries.get(i + 1)).strip();
            if (!piece.isEmpty()) {
                out.add(piece);
            }
        }
        return out;
    }

    /** All boundaries, including 0 and text.length(), ascending. */
    private List<Integer> icuBoundaries(String text, String language) {
        BreakIterator iterator = prototypes
                .computeIfAbsent(language, l -> BreakIterator.getSentenceInstance(ULocale.forLanguageTag(l)))
                .clone();
        iterator.setText(softenLineBreaks(text));
        List<Integer> boundaries = new ArrayList<>();
        boundaries.add(0);
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            if (b > boundaries.getLast()) {
                boundaries.add(b);
            }
        }
        if (boundaries.getLast() != text.length()) {
            boundaries.add(text.length());
        }
        return boundaries;
    }

    /** Lone line breaks become spaces (same length, so offsets stay valid); a blank line stays a hard break. */
    private static String softenLineBreaks(String text) {
        if (!hasLineBreak(text)) {
            return text; // most paragraphs: no copy
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (isLineBreak(chars[i])) {
                int j = i;
                int breaks = 0;
                while (j < chars.length && (isLineBreak(chars[j]) || chars[j] == ' ' || chars[j] == '\t')) {
                    if (chars[j] == '\n'
                            || (chars[j] != '\r' && isLineBreak(chars[j]))
                            || (chars[j] == '\r' && (j + 1 == chars.length || chars[j + 1] != '\n'))) {
                        breaks++;
                    }
                    j++;
                }
                if (breaks == 1) {
                    for (int k = i; k < j; k++) {
                        if (isLineBreak(chars[k])) {
                            chars[k] = ' ';
                        }
                    }
                }
                i = j - 1;
            }
        }
        return new String(chars);
    }

    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLineBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028';
    }

    private static List<Integer> addBreaksAfterEllipsisCharacter(String text, List<Integer> boundaries) {
        if (text.indexOf('…') < 0) {
            return boundaries; // the pattern starts with one
        }
        Matcher matcher = ELLIPSIS_CHARACTER_THEN_CAPITAL.matcher(text);
        if (!matcher.find()) {
            return boundaries;
        }
        TreeSet<Integer> all = new TreeSet<>(boundaries);
        do {
            all.add(matcher.end());
        } while (matcher.find());
        return new ArrayList<>(all);
    }

    private static List<Integer> moveOverClosingQuotes(String text, List<Integer> boundaries) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        for (int i = 1; i < boundaries.size() - 1; i++) {
            int b = boundaries.get(i);
            int moved = b;
            while (moved < text.length() && isQuote(text.charAt(moved)) && isClosingPosition(text, moved)) {
                moved++;
                while (moved < text.length() && Character.isWhitespace(text.charAt(moved))) {
                    moved++;
                }
            }
            if (moved > out.getLast() && moved < text.length()) {
                out.add(moved);
            }
        }
        out.add(text.length());
        return out;
    }

    /** A quote character followed by whitespace, the end, or punctuation closes a quotation. */
    private static boolean isClosingPosition(String text, int quoteIndex) {
        int next = quoteIndex + 1;
        if (next >= text.length()) {
            return true;
        }
        char c = text.charAt(next);
        return Character.isWhitespace(c) || c == '.' || c == ',' || c == ';' || c == ')' || isQuote(c);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '»' || c == '«' || c == '“' || c == '”' || c == '„' || c == '‘' || c == '’'
                || c == '‚' || c == '›' || c == '‹';
    }

    /** Spans as {start, end, extendsOverWhitespace}: boundaries inside (start, end] are dropped. */
    List<int[]> protectedSpans(String text, String language) {
        List<int[]> spans = new ArrayList<>();
        AbbreviationPattern abbreviations = abbreviationPattern(language);
        int[] nextDot = {text.indexOf('.')};
        addMatches(spans, abbreviations.pattern(), text, p -> {
            if (nextDot[0] >= 0 && nextDot[0] < p) {
                nextDot[0] = text.indexOf('.', p);
            }
            return nextDot[0] >= 0
                    && nextDot[0] - p < abbreviations.maxLength()
                    && abbreviations.startsWith(text.charAt(p))
                    && !afterLetterOrDigit(text, p);
        });
        addMatches(spans, INITIALS, text, p -> {
            char c = text.charAt(p);
            // the full stop first: it rules out most positions more cheaply than the letter's type
            return Character.isHighSurrogate(c)
                    || (p + 1 < text.length()
                            && text.charAt(p + 1) == '.'
                            && Character.getType(c) == Character.UPPERCASE_LETTER
                            && !afterLetterOrDigit(text, p));
        });
        if (text.indexOf("://") >= 0 || text.indexOf('@') >= 0 || containsIgnoringAsciiCase(text, "www.")) {
            addMatches(spans, URL_OR_MAIL.matcher(text));
        }
        if (text.contains("...") || text.indexOf('…') >= 0) {
            addMatches(spans, BRACKETED_ELLIPSIS.matcher(text));
        }
        if (language.equals("de") && hasDigitThenFullStop(text)) {
            addMatches(spans, GERMAN_ORDINAL.matcher(text));
        }
        if (language.equals("de") && text.contains("Chr.")) {
            addMatches(spans, GERMAN_ERA.matcher(text));
        }
        if (text.indexOf(':') >= 0) {
            addColonQuotes(spans, text);
        }
        return spans;
    }

    /**
     * Whether the char before {@code p} is a letter or a digit (not a surrogate), which the look-behind
     * {@code (?<![\p{L}\p{N}...])} opening the abbreviation and initials patterns rejects: no match starts at p.
     * Most letters that may open an abbreviation are inside words.
     */
    private static boolean afterLetterOrDigit(String text, int p) {
        if (p == 0) {
            return false;
        }
        char before = text.charAt(p - 1);
        return !Character.isSurrogate(before) && (Character.isLetter(before) || Character.isDigit(before));
    }

    private static void addMatches(List<int[]> spans, Matcher matcher) {
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end(), 1});
        }
    }

    /**
     * The matches {@code find()} would report one after the other, tried only where {@code mayStartAt} says a
     * match can start: searching every position with a fifty-way alternation was most of segmentation's time.
     */
    private static void addMatches(List<int[]> spans, Pattern pattern, String text, IntPredicate mayStartAt) {
        Matcher matcher = null;
        for (int p = 0; p < text.length(); p++) {
            if (!mayStartAt.test(p)) {
                continue;
            }
            if (matcher == null) {
                // Transparent bounds: look-behinds and word boundaries still see the text before p.
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (matcher.region(p, text.length()).lookingAt()) {
                spans.add(new int[] {matcher.start(), matcher.end(), 1});
                p = Math.max(p, matcher.end() - 1); // find() goes on after the match
            }
        }
    }

    /** {@code lowerCase} must start with an ASCII letter that no other char equals ignoring case (as 'w' does). */
    private static boolean containsIgnoringAsciiCase(String text, String lowerCase) {
        char first = lowerCase.charAt(0);
        for (int i = 0; i + lowerCase.length() <= text.length(); i++) {
            // a cheap test of the first char before regionMatches, which compares case-insensitively
            if ((text.charAt(i) | 0x20) == first && text.regionMatches(true, i, lowerCase, 0, lowerCase.length())) {
                return true;
            }
        }
        return false;
    }

    /** A digit right before a full stop; any character beyond the BMP counts too (the pattern's {@code \d} is Unicode). */
    private static boolean hasDigitThenFullStop(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)
                    || (Character.isDigit(c) && i + 1 < text.length() && text.charAt(i + 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    private static void addColonQuotes(List<int[]> spans, String text) {
        Matcher matcher = COLON_QUOTE.matcher(text);
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            int open = matcher.start(1);
            int close = findClosingQuote(text, open);
            if (close < 0) {
                from = matcher.end();
                continue;
            }
            spans.add(new int[] {open, close, 0});
            from = close + 1;
        }
    }

    /** Index of the quote closing the one at {@code open}, or -1 when there is none nearby in the same paragraph. */
    private static int findClosingQuote(String text, int open) {
        char o = text.charAt(open);
        String closers = switch (o) {
            case '„' -> "“”\"";
            case '“' -> "”\"";
            case '«' -> "»";
            case '»' -> "«";
            case '‚' -> "‘’";
            case '‘' -> "’";
            case '\'' -> "'";
            default -> "\"”";
        };
        int limit = Math.min(text.length(), open + MAX_QUOTE_LENGTH);
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return -1;
            }
            if (closers.indexOf(c) >= 0 && isClosingPosition(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Integer> dropProtected(String text, List<Integer> boundaries, List<int[]> spans) {
        List<Integer> out = new ArrayList<>();
        for (int b : boundaries) {
            if (b == 0 || b == text.length() || !insideAny(text, b, spans)) {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean insideAny(String text, int boundary, List<int[]> spans) {
        for (int[] span : spans) {
            int end = span[1];
            if (span[2] == 1) {
                while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
            }
            if (span[0] < boundary && boundary <= end) {
                return true;
            }
        }
        return false;
    }

    /** ICU breaks after "?" and "!" whatever follows; a lower-case continuation shows the sentence goes on. */
    private static List<Integer> dropBeforeLowerCase(String text, List<Integer> boundaries) {
        List<Integer> out = new ArrayList<>();
        for (int b : boundaries) {
            boolean inner = b > 0 && b < text.length();
            if (!inner || !Character.isLowerCase(text.codePointAt(b))) {
                out.add(b);
            }
        }
        return out;
    }

    private static List<Integer> keepListNumbersWithTheirItem(String text, List<Integer> boundaries) {
        List<Integer> out = new ArrayList<>(boundaries);
        for (int i = 0; i + 1 < out.size(); ) {
            String piece = text.substring(out.get(i), out.get(i + 1)).strip();
            // Cheap tests first: a list number is two to four characters from a digit on; an introduction has a colon.
            boolean alone = piece.length() >= 2
                    && piece.length() <= 4
                    && piece.charAt(0) >= '0'
                    && piece.charAt(0) <= '9'
                    && LIST_NUMBER_ALONE.matcher(piece).matches();
            boolean introduced = piece.indexOf(':') >= 0
                    && COLON_THEN_LIST_NUMBER.matcher(piece).find();
            if ((alone || introduced) && i + 2 < out.size()) {
                out.remove(i + 1); // join with the item that follows
            } else if (alone && i > 0) {
                out.remove(i); // a trailing number without an item joins the previous piece
                i--;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The abbreviations of a language as one pattern, with what every match has: one of a few first characters,
     * and a full stop within its longest length.
     */
    record AbbreviationPattern(Pattern pattern, String firstCharacters, int maxLength) {
        boolean startsWith(char c) {
            return firstCharacters.indexOf(c) >= 0;
        }
    }

    AbbreviationPattern abbreviationPattern(String language) {
        return abbreviationPatterns.computeIfAbsent(language, l -> {
            List<String> all = new ArrayList<>(COMMON_ABBREVIATIONS);
            all.addAll(ABBREVIATIONS.getOrDefault(l, List.of()));
            for (String a : List.copyOf(all)) {
                if (Character.isLowerCase(a.charAt(0))) { // "Z. B." opening a sentence
                    all.add(Character.toUpperCase(a.charAt(0)) + a.substring(1));
                }
            }
            // longest first, so "p. ex." wins over "p."
            String alternatives = all.stream()
                    .sorted((a, b) -> b.length() - a.length())
                    .map(SentenceSegmenter::abbreviationRegex)
                    .collect(Collectors.joining("|"));
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:")
                    .append(alternatives)
                    .append(')');
            StringBuilder first = new StringBuilder();
            int maxLength = 0;
            for (String a : all) {
                first.append(a.charAt(0));
                maxLength = Math.max(maxLength, abbreviationRegexMaxLength(a));
            }
            return new AbbreviationPattern(Pattern.compile(regex.toString()), first.toString(), maxLength);
        });
    }

    /** "z. B." matches "z. B.", "z.B." and "z.\u00A0B."; case-sensitive, so "No." is not "no.". */
    private static String abbreviationRegex(String abbreviation) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < abbreviation.length(); i++) {
            char c = abbreviation.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c == '.') {
                regex.append("\\.");
                if (i + 1 < abbreviation.length()) {
                    regex.append("[ \\u00A0]?");
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    /** The longest text {@link #abbreviationRegex} matches: spaces dropped, one optional space after an inner dot. */
    private static int abbreviationRegexMaxLength(String abbreviation) {
        int length = 0;
        for (int i = 0; i < abbreviation.length(); i++) {
            char c = abbreviation.charAt(i);
            if (c != ' ') {
                length += c == '.' && i + 1 < abbreviation.length() ? 2 : 1;
            }
        }
        return length;
    }

    public static String baseLanguage(String lang) {
        if (lang == null || lang.isBlank()) {
            return "und";
        }
        String base = ULocale.forLanguageTag(lang.strip().replace('_', '-')).getLanguage();
        return base.isEmpty() ? "und" : base.toLowerCase(Locale.ROOT);
    }
}
