package dev.interlinear.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Protected spans are searched only where a match can start; they must be those of a search at every position. */
class SentenceSegmenterSpansTest {

    private static final String[] PIECES = {
        "z. B.",
        "z.B.",
        "Z. B.",
        "e.g.",
        "i.e.",
        "Dr.",
        "Mr.",
        "p. ex.",
        "p.",
        "EE. UU.",
        "av. J.-C.",
        "n°.",
        "U.S.",
        "C. C. Wei",
        "J. R. R.",
        "www.example.org",
        "https://a.b/c?d",
        "x@y.de",
        "[...]",
        "(…)",
        "...",
        "am 3. Oktober",
        "den 12.",
        "sagte: „Gut. Sehr gut.“",
        ":",
        "«",
        "»",
        "Wort",
        "wort",
        "10",
        "1.",
        "2)",
        ".",
        " ",
        " ",
        "\u00A0",
        "\n",
        "é",
        "Ä",
        "𝐀.",
        "١٢.",
        "etc.",
        "No.",
        "no."
    };

    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    @Test
    void givenRandomTexts_whenProtectedSpansAreFound_thenTheyAreThoseOfASearchAtEveryPosition() {
        Random random = new Random(17);
        for (String language : List.of("de", "en", "pt", "es", "fr", "und")) {
            for (int round = 0; round < 4000; round++) {
                StringBuilder text = new StringBuilder();
                int n = random.nextInt(12);
                for (int i = 0; i < n; i++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                    if (random.nextBoolean()) {
                        text.append(' ');
                    }
                }
                String t = text.toString();
                assertThat(segmenter.protectedSpans(t, language))
                        .as("%s: %s", language, t)
                        .usingElementComparator((a, b) -> java.util.Arrays.compare(a, b))
                        .containsExactlyElementsOf(searchedEverywhere(t, language));
            }
        }
    }

    /** The spans as they were found before: every pattern searched from every position. */
    private List<int[]> searchedEverywhere(String text, String language) {
        List<int[]> spans = new ArrayList<>();
        add(spans, segmenter.abbreviationPattern(language).pattern().matcher(text));
        add(spans, SentenceSegmenter.INITIALS.matcher(text));
        add(spans, SentenceSegmenter.URL_OR_MAIL.matcher(text));
        add(spans, SentenceSegmenter.BRACKETED_ELLIPSIS.matcher(text));
        if (language.equals("de")) {
            add(spans, SentenceSegmenter.GERMAN_ORDINAL.matcher(text));
        }
        List<int[]> colonQuotes = new ArrayList<>();
        for (int[] s : segmenter.protectedSpans(text, language)) {
            if (s[2] == 0) {
                colonQuotes.add(s); // the colon quotes are found by hand, not by a pattern search: unchanged
            }
        }
        spans.addAll(colonQuotes);
        return spans;
    }

    private static void add(List<int[]> spans, Matcher m) {
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end(), 1});
        }
    }
}
