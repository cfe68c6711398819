package dev.interlinear.discord;

import dev.interlinear.language.Languages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The bot's own words in the reply language (English, German, Portuguese, Spanish, French; English else). */
public final class BotText {

    private static final String BUNDLE = "discord/messages";

    public String get(String lang, String key, Object... args) {
        Locale locale = Locale.forLanguageTag(Languages.base(lang));
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A language's name in the reply language: "Englisch" in German, "inglês" in Portuguese. */
    public String languageName(String lang, String inLanguage) {
        Locale of = Locale.forLanguageTag(lang);
        String name = of.getDisplayLanguage(Locale.forLanguageTag(Languages.base(inLanguage)));
        return name.isEmpty() ? lang : name;
    }
}
