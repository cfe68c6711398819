package dev.interlinear.answer;

import dev.interlinear.language.LanguageDetector;
import dev.interlinear.language.LanguageGuess;
import dev.interlinear.language.Languages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the reply language by the order of evidence of DESIGN.md: an explicit choice, then the
 * question's detected language when the detector is sure, then the asker's locale, then the server's
 * locale, then the configured default.
 *
 * <p>How sure the detector must be depends on what it would overrule. Its confidence is a calibrated probability
 * ({@link LanguageDetector#detectQuestion}): of the questions it gives 0.95, about one in twenty is in another
 * language. It overrules the asker's own locale when it is {@link #SURE} of its guess and the guess is at least
 * {@link #LOCALE_ODDS} times as likely as the locale's language (a locale is strong evidence: most people write in
 * the language of their Discord client); the server's locale (which most servers leave at en-US) at {@link #CLEAR};
 * and the configured default when its guess is {@link #LIKELY}. A short chat message in the locale's language is
 * seldom that sure of another, so there the asker's locale decides; a message plainly in another language, or a
 * whole question, keeps its own: an English question from a German-locale asker is answered in English. Measured
 * with {@code QuestionLanguageReport} (test sources), docs/answering.md step 1.
 */
final class ReplyLanguage {

    /** The detector's confidence at which the question's language may beat the asker's locale. */
    static final double SURE = 0.95;
    /**
     * How many times as likely as the locale's language the question's must be to beat the asker's locale: the
     * odds of a prior of about 88 % that a question is in the locale's language, among five languages.
     */
    static final double LOCALE_ODDS = 30;
    /** The detector's confidence at which the question's language beats the server's locale. */
    static final double CLEAR = 0.9;
    /** A guess more likely than every other language together beats the configured default. */
    static final double LIKELY = 0.5;
    /** Enough of a question to tell its language by. */
    static final int REFUSAL_DETECTION_CHARS = 500;
    /** A "language" longer than this is no language tag: only its start is quoted back. */
    static final int SHOWN_LANGUAGE_CHARS = 20;

    private final LanguageDetector detector;
    private final Set<String> supported;
    private final String defaultLanguage;

    ReplyLanguage(LanguageDetector detector, Set<String> supported, String defaultLanguage) {
        this.detector = detector;
        this.supported = Set.copyOf(supported);
        this.defaultLanguage = defaultLanguage;
    }

    String choose(AskRequest request) {
        if (request.explicitLanguage().isPresent()) {
            String lang = Languages.base(request.explicitLanguage().get());
            if (!supported.contains(lang)) {
                String asked = shown(request.explicitLanguage().get());
                String choices = String.join(", ", new TreeSet<>(supported));
                throw new InvalidQuestionException(
                        InvalidQuestionException.Reason.UNSUPPORTED_LANGUAGE,
                        "language '" + asked + "' is not supported; use one of [" + choices + "]",
                        List.of(asked, choices));
            }
            return lang;
        }
        Map<String, Double> probabilities = detector.questionProbabilities(request.question());
        Optional<LanguageGuess> guess = best(probabilities).filter(g -> supported.contains(g.lang()));
        Optional<String> asker = supportedBase(request.userLocale());
        if (asker.isPresent()) {
            double localeProbability = probabilities.getOrDefault(asker.get(), 0.0);
            return guess.filter(g -> g.confidence() >= SURE && g.confidence() >= LOCALE_ODDS * localeProbability)
                    .map(LanguageGuess::lang)
                    .orElse(asker.get());
        }
        return guess.filter(g -> g.confidence() >= CLEAR)
                .map(LanguageGuess::lang)
                .or(() -> supportedBase(request.serverLocale()))
                .or(() -> guess.filter(g -> g.confidence() > LIKELY).map(LanguageGuess::lang))
                .orElse(defaultLanguage);
    }

    /** The most likely language, the first among equals (as the detector's guess). */
    private static Optional<LanguageGuess> best(Map<String, Double> probabilities) {
        LanguageGuess best = null;
        for (Map.Entry<String, Double> e : probabilities.entrySet()) {
            if (best == null || e.getValue() > best.confidence()) {
                best = new LanguageGuess(e.getKey(), e.getValue());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The language to refuse a question in: chosen as for an answer (an unsupported explicit choice left out),
     * judged on the question's start only, so that even a huge question is placed at once; never fails.
     */
    String forRefusal(AskRequest request) {
        Optional<String> explicit =
                request.explicitLanguage().map(Languages::base).filter(supported::contains);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        String question = request.question();
        String start =
                question.length() > REFUSAL_DETECTION_CHARS ? question.substring(0, REFUSAL_DETECTION_CHARS) : question;
        return choose(new AskRequest(start, Optional.empty(), request.userLocale(), request.serverLocale()));
    }

    /** What the asker gave as a language, fit to be quoted in one line: control characters out, at most a few words. */
    private static String shown(String asked) {
        String printable = asked.codePoints()
                .map(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? '?' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.codePointCount(0, printable.length()) <= SHOWN_LANGUAGE_CHARS
                ? printable
                : printable.substring(0, printable.offsetByCodePoints(0, SHOWN_LANGUAGE_CHARS)) + "\u2026";
    }

    private Optional<String> supportedBase(Optional<String> locale) {
        return locale.map(Languages::base).filter(supported::contains);
    }
}
