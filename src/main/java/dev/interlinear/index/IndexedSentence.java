package dev.interlinear.index;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A sentence as stored in the index, with what an answer needs to show it.
 *
 * @param lang     the translation it belongs to
 * @param textLang the language the text is in (differs for untranslated paragraphs)
 * @param index    0-based position in the translation ({@code #s{n}})
 * @param group    alignment group id, shared with the same sentence in the other translations
 * @param block    index of its structural block (paragraph, heading, list item) in the translation
 * @param fragment the text-fragment directive for the public URL, when the translation has one
 * @param numbers  canonical number terms of the sentence (see {@link SentenceSignals})
 * @param features the kinds of information it carries
 */
public record IndexedSentence(
        String article,
        String lang,
        String textLang,
        int index,
        int block,
        String kind,
        String group,
        String text,
        String title,
        Optional<String> url,
        Optional<String> fragment,
        Set<String> numbers,
        Set<SentenceFeature> features) {
    public IndexedSentence {
        numbers = Set.copyOf(numbers);
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    }
}
