package dev.interlinear.answer;

import dev.interlinear.text.LanguageDetector;
import dev.interlinear.text.LanguageGuess;
import dev.interlinear.text.Languages;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the reply language by the order of evidence of DESIGN.md: an explicit choice, then the
 * question's detected language when the detector is confident, then the asker's locale, then the
 * server's locale, then the configured default. Short questions need a clearer verdict to beat a locale.
 */
final class ReplyLanguage {

    static final double MIN_CONFIDENCE = 0.35;
    static final double MIN_CONFIDENCE_SHORT = 0.8;
    static final int SHORT_LETTERS = 15;
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
                throw new InvalidQuestionException(InvalidQuestionException.Reason.UNSUPPORTED_LANGUAGE,
                        "language '" + asked + "' is not supported; use one of [" + choices + "]", List.of(asked, choices));
            }
            return lang;
        }
        long letters = request.question().codePoints().filter(Character::isLetter).count();
        double needed = letters < SHORT_LETTERS ? MIN_CONFIDENCE_SHORT : MIN_CONFIDENCE;
        Optional<String> detected = detector.detect(request.question())
                .filter(g -> g.confidence() >= needed)
                .map(LanguageGuess::lang);
        return detected
                .or(() -> supportedBase(request.userLocale()))
                .or(() -> supportedBase(request.serverLocale()))
                .orElse(defaultLanguage);
    }

    /**
     * The language to refuse a question in: chosen as for an answer (an unsupported explicit choice left out),
     * judged on the question's start only, so that even a huge question is placed at once; never fails.
     */
    String forRefusal(AskRequest request) {
        Optional<String> explicit = request.explicitLanguage().map(Languages::base).filter(supported::contains);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        String question = request.question();
        String start = question.length() > REFUSAL_DETECTION_CHARS ? question.substring(0, REFUSAL_DETECTION_CHARS) : question;
        return choose(new AskRequest(start, Optional.empty(), request.userLocale(), request.serverLocale()));
    }

    /** What the asker gave as a language, fit to be quoted in one line: control characters out, at most a few words. */
    private static String shown(String asked) {
        String printable = asked.codePoints()
                .map(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? '?' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.codePointCount(0, printable.length()) <= SHOWN_LANGUAGE_CHARS ? printable
                : printable.substring(0, printable.offsetByCodePoints(0, SHOWN_LANGUAGE_CHARS)) + "\u2026";
    }

    private Optional<String> supportedBase(Optional<String> locale) {
        return locale.map(Languages::base).filter(supported::contains);
    }
}
