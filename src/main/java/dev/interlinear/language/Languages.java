package dev.interlinear.language;

import java.util.Locale;

/** Small helpers for BCP 47 language tags. */
public final class Languages {

    private Languages() {}

    /** The primary language of a tag: {@code pt-BR} -> {@code pt}, {@code DE} -> {@code de}; empty if none. */
    public static String base(String tag) {
        if (tag == null) {
            return "";
        }
        return Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    }

    /** The language's name in English, e.g. "German", for messages. */
    public static String englishName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? tag : name;
    }

    /** The language's name in that language, e.g. "Deutsch", for readers. */
    public static String nativeName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
