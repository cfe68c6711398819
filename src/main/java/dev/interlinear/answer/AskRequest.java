package dev.interlinear.answer;

import java.util.Objects;
import java.util.Optional;

/**
 * A question and what is known about the asker's language.
 *
 * @param explicitLanguage a language the asker chose (CLI {@code --lang}, a slash-command option)
 * @param userLocale       the asker's locale (Discord user locale; the question file's language in eval)
 * @param serverLocale     the server's locale
 */
public record AskRequest(
        String question,
        Optional<String> explicitLanguage,
        Optional<String> userLocale,
        Optional<String> serverLocale) {
    public AskRequest {
        Objects.requireNonNull(question, "question");
    }

    public static AskRequest of(String question) {
        return new AskRequest(question, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public AskRequest withExplicitLanguage(String lang) {
        return new AskRequest(question, Optional.ofNullable(lang), userLocale, serverLocale);
    }

    /** The request with the asker's locale (Discord's user locale, {@code --locale}); null for none. */
    public AskRequest withUserLocale(String locale) {
        return new AskRequest(question, explicitLanguage, Optional.ofNullable(locale), serverLocale);
    }

    /** The request with the server's locale; null for none. */
    public AskRequest withServerLocale(String locale) {
        return new AskRequest(question, explicitLanguage, userLocale, Optional.ofNullable(locale));
    }
}
