package dev.interlinear;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Generators of text that breaks naive handling, shared by the property tests: arbitrary Unicode (emoji,
 * combining marks, right-to-left, zero-width and control characters, lone surrogates), Lucene query syntax,
 * Discord markdown and mentions, digits only, punctuation only, and words of the sample article so that some
 * questions do find an answer.
 */
public final class HostileText {

    /** Pieces that each broke, or could break, some text handling somewhere. */
    public static final List<String> PIECES = List.of(
            // Lucene query syntax
            "AND",
            "OR",
            "NOT",
            "+",
            "-",
            "&&",
            "||",
            "!",
            "(",
            ")",
            "{",
            "}",
            "[",
            "]",
            "^",
            "\"",
            "~",
            "*",
            "?",
            ":",
            "\\",
            "/",
            "field:value",
            "*:*",
            "title:OpenAI",
            "body:[a TO z]",
            "Oracle~2",
            "Vertrag^10",
            "\"Vertrag\"~3",
            "/regex.*/",
            "a*b?c",
            "{!lucene}",
            // Discord markdown and mentions
            "@everyone",
            "@here",
            "<@123>",
            "<@!123>",
            "<@&1>",
            "<#1>",
            "</ask:1>",
            "<:e:1>",
            "<t:1:R>",
            "```",
            "```java\nx\n```",
            "`x`",
            "||spoiler||",
            "**bold**",
            "__u__",
            "~~s~~",
            "> quote",
            "# heading",
            "-# small",
            "[link](https://example.org)",
            "https://discord.gg/x",
            // Unicode
            "😀",
            "👩‍👩‍👧",
            "🏳️‍🌈",
            "e\u0301",
            "\u0301",
            "\u0301\u0301\u0301",
            "שָׁלוֹם",
            "مرحبا",
            "\u202E",
            "\u200F",
            "\u200B",
            "\u200D",
            "\uFEFF",
            "\u00AD",
            "\u0000",
            "\u0007",
            "\u001B[31m",
            "\r\n",
            "\t",
            "\u2028",
            "\uD800",
            "\uDC00",
            "\uDBFF\uDFFF",
            "\uE000",
            "\uFFFF",
            "\uFFFE",
            "İ",
            "ß",
            "ﬁ",
            "日本語",
            "한국어",
            "١٢٣",
            // words and figures of the sample article, question words
            "OpenAI",
            "Oracle",
            "Vertrag",
            "Milliarden",
            "300",
            "1GW",
            "10 GW",
            "bilhões",
            "Quanto custa",
            "Wie viel",
            "Wer",
            "Quem",
            "What",
            "C.C. Wei",
            "AMD",
            "NVIDIA",
            // digits and punctuation
            "1234567890",
            "1.000,5",
            "1,000.5",
            "99999999999999999999999",
            "...",
            "…",
            "?!",
            "¿",
            "¡",
            ".",
            ",",
            ";",
            "'",
            "’",
            "«",
            "»",
            "„",
            "“",
            " ",
            " ",
            "\n\n");

    private HostileText() {}

    /** Text of up to {@code maxPieces} pieces: hostile pieces, arbitrary characters, digits, punctuation. */
    public static Arbitrary<String> text(int maxPieces) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(PIECES)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(6)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12)),
                Tuple.of(
                        1,
                        Arbitraries.strings()
                                .withChars(".,;:!?-()[]{}\"'*_~`|<>@#&^%$/\\")
                                .ofMinLength(1)
                                .ofMaxLength(8)));
        return piece.list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
    }

    /** Questions the sample articles answer, with hostile text put in somewhere. */
    public static Arbitrary<String> answerableQuestions() {
        Arbitrary<String> question = Arbitraries.of(
                "Mit wem hat OpenAI einen Vertrag über 300 Milliarden unterzeichnet?",
                "Quanto custa 1 GW de poder computacional?",
                "What did OpenAI sign with Oracle?",
                "Was äußerte C.C. Wei?",
                "¿Qué firmó OpenAI con AMD por 6 GW?");
        return Combinators.combine(question, text(4), Arbitraries.doubles().between(0, 1))
                .as((q, noise, at) -> {
                    int cut = q.offsetByCodePoints(0, (int) (at * q.codePointCount(0, q.length())));
                    return q.substring(0, cut) + noise + q.substring(cut);
                });
    }

    /**
     * Questions of every sort: answerable ones with noise, hostile text, digits or punctuation only, arbitrary
     * characters, around the 2 000-character limit (answerable ones too), and up to 200 000 characters.
     */
    public static Arbitrary<String> questions() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, answerableQuestions()),
                Tuple.of(10, text(30)),
                Tuple.of(3, digitsOrPunctuation()),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(1, repeated(1_900, 2_100)),
                Tuple.of(
                        1,
                        Combinators.combine(
                                        answerableQuestions(),
                                        Arbitraries.of("?", " -", "…", "😀", "\u200B"),
                                        lengths(1_900, 4_100))
                                .as((q, filler, length) -> q + repeat(filler, Math.max(0, length - q.length())))),
                Tuple.of(1, repeated(4_001, 200_000)));
    }

    /** Only digits (with or without spaces), or only punctuation. */
    public static Arbitrary<String> digitsOrPunctuation() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(60),
                Arbitraries.strings().withChars("0123456789 ").ofMinLength(1).ofMaxLength(60),
                Arbitraries.strings()
                        .withChars(".,;:!?-()[]{}\"'*_~`|<>@#&^%$/\\…¿¡«»")
                        .ofMinLength(1)
                        .ofMaxLength(60));
    }

    /** {@code length} characters made of one pattern repeated (cut anywhere, even inside a surrogate pair). */
    public static Arbitrary<String> repeated(int minLength, int maxLength) {
        Arbitrary<String> pattern =
                Arbitraries.oneOf(Arbitraries.of(PIECES).filter(p -> !p.isEmpty()), text(6).filter(t -> !t.isEmpty()));
        return Combinators.combine(pattern, lengths(minLength, maxLength)).as(HostileText::repeat);
    }

    /** Lengths spread evenly over the range (jqwik's default favours the edges). */
    public static Arbitrary<Integer> lengths(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    public static String repeat(String pattern, int length) {
        return pattern.repeat(length / pattern.length() + 1).substring(0, length);
    }
}
