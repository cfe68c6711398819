package dev.interlinear.corpus;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Language tags of translation files: BCP 47, normalised to the canonical case ({@code pt-br} becomes
 * {@code pt-BR}, {@code DE} becomes {@code de}).
 *
 * <p>The primary language must be an ISO 639 code of two or three letters (two-letter codes must be known):
 * file names like {@code readme.md} or {@code notes.txt} are not taken for translations.
 */
public final class LanguageTag {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private LanguageTag() {}

    /** The canonical form of {@code tag}, or empty when it is not a usable language tag. */
    public static Optional<String> normalise(String tag) {
        if (tag == null || tag.isBlank() || !tag.equals(tag.strip())) {
            return Optional.empty();
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException invalid) {
            return Optional.empty();
        }
        String language = locale.getLanguage();
        boolean known = language.length() == 2 ? ISO_639_1.contains(language) : language.length() == 3;
        if (!known || language.equals("und")) {
            return Optional.empty();
        }
        return Optional.of(locale.toLanguageTag());
    }
}
