package dev.interlinear.index;

import java.util.Optional;

/**
 * A sentence as stored in the index, with what an answer needs to show it.
 *
 * @param lang     the translation it belongs to
 * @param textLang the language the text is in (differs for untranslated paragraphs)
 * @param index    0-based position in the translation ({@code #s{n}})
 * @param group    alignment group id, shared with the same sentence in the other translations
 */
public record IndexedSentence(String article, String lang, String textLang, int index, String kind, String group,
                              String text, String previous, String next, String title, Optional<String> url) {
}
