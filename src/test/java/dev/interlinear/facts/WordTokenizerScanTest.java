package dev.interlinear.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.quantity.Quantity;
import dev.interlinear.quantity.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written word scan must find exactly the tokens the regular expression it replaced found. */
class WordTokenizerScanTest {

    private static final Pattern WORD = Pattern.compile(
            "(?<initials>(?:\\p{Lu}\\.\\s?){1,3})(?=\\s*\\p{Lu}\\p{Ll})"
                    + "|(?<word>[\\p{L}\\p{M}\\p{N}]+)(?<possessive>['’]s\\b)?");
    private static final String CLAUSE_OPENERS = ".!?:;(\"“”„«»‚‘'•*–—";

    @Test
    void givenRandomText_whenTokenized_thenTheTokensAreTheRegexOnes() {
        Random random = new Random(7);
        int[] alphabet = ("aAbBsSzZéÉßǅ1٣Ⅻ_\u0301\u0903ｱ𝐀𝐚.. .  ,-\u2010'’\"“”«»:;!?(\t\n\u000B\f\r\u00A0\u2009"
                + "\uD800\uDC00").codePoints().toArray();
        for (int round = 0; round < 50_000; round++) {
            StringBuilder w = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int i = 0; i < length; i++) {
                w.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            if (random.nextInt(50) == 0) {
                w.append('\uD800'); // a lone surrogate
            }
            String text = w.toString();
            List<Quantity> quantities = new ArrayList<>();
            if (random.nextBoolean()) {
                int s = random.nextInt(text.length());
                quantities.add(new Quantity(BigDecimal.ONE, Unit.NONE, s, s + 1 + random.nextInt(text.length() - s)));
            }
            assertThat(WordTokenizer.tokens(text, quantities)).as(text).isEqualTo(byRegex(text, quantities));
        }
    }

    @Test
    void givenWrittenText_whenTokenized_thenTheTokensAreTheRegexOnes() {
        for (String text : List.of("sagte C.C. Wei: \"Wir\"", "C. C. Wei und J. R. R. Tolkien", "A.B.C.D. Wei",
                "Sam's plan, Sam’s_x, Sam's1, Sam'sé, Sam's\u0301 und Sams", "US-Dollar und X-\nY", "O. k. A.")) {
            assertThat(WordTokenizer.tokens(text, List.of())).as(text).isEqualTo(byRegex(text, List.of()));
        }
    }

    /** The tokenizer as it was written with the regular expression. */
    private static List<WordToken> byRegex(String text, List<Quantity> quantities) {
        List<WordToken> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            boolean initials = m.start(1) >= 0;
            String raw = initials ? m.group(1).strip() : m.group(2);
            int start = m.start();
            int end = start + raw.length();
            if (quantities.stream().anyMatch(q -> start < q.end() && q.start() < end)) {
                continue;
            }
            boolean joined = previousEnd >= 0 && isJoin(text.substring(previousEnd, start));
            boolean afterInitials = joined && out.getLast().shape() == WordToken.Shape.INITIALS;
            out.add(new WordToken(raw, Names.key(raw), start, end, WordTokenizer.shape(raw, initials),
                    !afterInitials && clauseInitial(text, start), joined));
            previousEnd = initials ? end : m.end();
        }
        return out;
    }

    private static boolean isJoin(String gap) {
        return gap.equals("-") || gap.equals("\u2010") || (!gap.isEmpty() && gap.isBlank() && !gap.contains("\n"));
    }

    private static boolean clauseInitial(String text, int start) {
        int p = start - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        return p < 0 || CLAUSE_OPENERS.indexOf(text.charAt(p)) >= 0;
    }
}
