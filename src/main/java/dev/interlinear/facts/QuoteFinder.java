package dev.interlinear.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Quotes with their speakers. A quote is text in quotation marks attributed by a speech verb outside the marks:
 * before it, ending in a colon or comma ('sagte Jensen Huang: "..."'), or right after it ('"...," said Maria
 * Lopez'). The speaker is the person name nearest to that verb in the attribution: two or more capitalised words
 * or initials with a name; failing that, a single word already known as a name. Quotation marks without a speech
 * verb (scare quotes: von "Dialogassistenten" zu "Handlungsagenten") are no quotes.
 */
final class QuoteFinder {

    /** An attribution after the quote starts within this many words: '", said X' or '", X said'. */
    private static final int VERB_AFTER_WITHIN = 4;

    private QuoteFinder() {}

    /** A speaker found for a quote, and the shape of their name. */
    record Attributed(String quote, String speaker, NameEvidence form) {}

    private record Quoted(int open, int close) {
        String content(String text) {
            return text.substring(open + 1, close);
        }
    }

    private record Speaker(String surface, NameEvidence form, int distance, boolean known, boolean afterVerb) {}

    /**
     * @param knownName whether a folded single word is a name confirmed elsewhere in the article
     */
    static List<Attributed> find(TokenizedSentence v, Predicate<String> knownName) {
        String text = v.text();
        List<Quoted> quoted = quotedSpans(text);
        List<Attributed> out = new ArrayList<>();
        for (int q = 0; q < quoted.size(); q++) {
            Quoted span = quoted.get(q);
            int before = q == 0 ? 0 : quoted.get(q - 1).close() + 1;
            int after = q + 1 < quoted.size() ? quoted.get(q + 1).open() : text.length();
            Optional<Speaker> speaker = attributionBefore(v, before, span.open(), knownName)
                    .or(() -> attributionAfter(v, span.close() + 1, after, knownName));
            String quote = span.content(text).strip().replaceAll("[,;:]+$", "").strip();
            if (speaker.isPresent() && !quote.isEmpty()) {
                out.add(new Attributed(
                        quote, speaker.get().surface(), speaker.get().form()));
            }
        }
        return out;
    }

    /** 'sagte Jensen Huang von NVIDIA: "..."': the text before the mark ends in a colon or comma. */
    private static Optional<Speaker> attributionBefore(
            TokenizedSentence v, int from, int open, Predicate<String> known) {
        String segment = v.text().substring(from, open).stripTrailing();
        if (segment.isEmpty() || (!segment.endsWith(":") && !segment.endsWith(","))) {
            return Optional.empty();
        }
        int end = from + segment.length() - 1;
        // the speaker is on the verb's side of the colon: not before an earlier colon
        int colon = v.text().lastIndexOf(':', end - 1);
        int start = colon >= from ? colon + 1 : from;
        Optional<WordToken> verb = v.tokens().stream()
                .filter(t -> t.start() >= start && t.end() <= end && isVerb(t, v))
                .reduce((a, b) -> b);
        return verb.flatMap(vb -> nearestSpeaker(v, vb, start, end, known));
    }

    /** '"We will win," said Maria Lopez.': a speech verb within the first words after the closing mark. */
    private static Optional<Speaker> attributionAfter(TokenizedSentence v, int from, int to, Predicate<String> known) {
        String text = v.text();
        int end = from;
        while (end < to && ".;:!?".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        int clauseEnd = end;
        List<WordToken> words = v.tokens().stream()
                .filter(t -> t.start() >= from && t.end() <= clauseEnd)
                .toList();
        Optional<WordToken> verb = words.stream()
                .limit(VERB_AFTER_WITHIN)
                .filter(t -> isVerb(t, v))
                .findFirst();
        return verb.flatMap(vb -> nearestSpeaker(v, vb, from, clauseEnd, known));
    }

    private static boolean isVerb(WordToken t, TokenizedSentence v) {
        return t.isLower() && Lexicon.isSpeechVerb(t.key(), v.language());
    }

    private static Optional<Speaker> nearestSpeaker(
            TokenizedSentence v, WordToken verb, int from, int to, Predicate<String> known) {
        List<Speaker> speakers = new ArrayList<>();
        for (NameCandidate c : v.names()) {
            if (c.start() < from || c.end() > to) {
                continue;
            }
            if (c.isPersonShaped()) {
                speakers.add(speaker(
                        v,
                        c.surface(v.text()),
                        c.form(),
                        c.start(),
                        c.end(),
                        verb,
                        known.test(c.key()) || known.test(c.wordKeys().getLast())));
            }
        }
        if (speakers.isEmpty()) {
            // "sagte Altman": one word, a person's name only if the article confirms it as a name
            v.tokens().stream()
                    .filter(t -> t.start() >= from && t.end() <= to && t.shape() == WordToken.Shape.CAPITALISED)
                    .filter(t -> known.test(t.key()))
                    .forEach(t -> speakers.add(
                            speaker(v, t.text(), NameEvidence.CROSS_TRANSLATION, t.start(), t.end(), verb, true)));
        }
        return speakers.stream()
                .min(Comparator.comparingInt(Speaker::distance)
                        .thenComparing(s -> !s.known())
                        .thenComparing(s -> !s.afterVerb()));
    }

    private static Speaker speaker(
            TokenizedSentence v, String surface, NameEvidence form, int start, int end, WordToken verb, boolean known) {
        boolean afterVerb = start >= verb.end();
        int distance = afterVerb ? wordsBetween(v, verb.end(), start) : wordsBetween(v, end, verb.start());
        return new Speaker(surface, form, distance, known, afterVerb);
    }

    private static int wordsBetween(TokenizedSentence v, int from, int to) {
        return (int) v.tokens().stream()
                .filter(t -> t.start() >= from && t.end() <= to)
                .count();
    }

    /** Spans in quotation marks, outermost, in order. */
    static List<Quoted> quotedSpans(String text) {
        List<Quoted> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < FIRST_NON_ASCII_MARK && c != '"' && c != '\'') {
                i++; // most characters: no quotation mark
                continue;
            }
            String closers = closersOf(c);
            if (closers != null && opensAt(text, i, isGuillemet(c))) {
                int close = closeOf(text, i, closers, isSingle(c), isGuillemet(c));
                if (close > i + 1) {
                    out.add(new Quoted(i, close));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** The quotation marks {@link #closersOf} knows are '"', '\'' and characters from '«' on. */
    private static final char FIRST_NON_ASCII_MARK = '«';

    private static String closersOf(char open) {
        return switch (open) {
            case '"' -> "\"";
            case '“' -> "”";
            case '„' -> "“”";
            case '«' -> "»";
            case '»' -> "«";
            case '‚' -> "‘’";
            case '‘' -> "’";
            case '\'' -> "'";
            default -> null;
        };
    }

    private static boolean isSingle(char open) {
        return open == '\'' || open == '‘' || open == '‚';
    }

    /** French sets guillemets apart with (narrow) spaces: « Nous allons ». */
    private static boolean isGuillemet(char mark) {
        return mark == '«' || mark == '»';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** An opening mark follows a space, a colon, a bracket or the start, and precedes a word. */
    private static boolean opensAt(String text, int i, boolean spaced) {
        boolean startsWord = i + 1 < text.length() && (spaced || !isSpace(text.charAt(i + 1)));
        if (i == 0) {
            return startsWord;
        }
        char before = text.charAt(i - 1);
        return startsWord && (isSpace(before) || ":([—–-".indexOf(before) >= 0);
    }

    /**
     * The closing mark: after a non-space and before a space, punctuation or the end. Single marks double as
     * apostrophes ("Sam's", "l'euro"), so a single-quoted span must hold at least two words to count.
     */
    private static int closeOf(String text, int open, String closers, boolean single, boolean spaced) {
        for (int j = open + 2; j < text.length(); j++) {
            if (closers.indexOf(text.charAt(j)) < 0 || (!spaced && isSpace(text.charAt(j - 1)))) {
                continue;
            }
            boolean endsWord = j + 1 == text.length()
                    || isSpace(text.charAt(j + 1))
                    || ".,;:!?)—–-".indexOf(text.charAt(j + 1)) >= 0;
            if (!endsWord) {
                continue;
            }
            if (single && !text.substring(open + 1, j).strip().contains(" ")) {
                return -1;
            }
            return j;
        }
        return -1;
    }
}
