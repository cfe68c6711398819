package dev.interlinear.answer;

import java.util.List;
import java.util.Optional;

/**
 * The sentence that answers a question.
 *
 * @param lang         the translation the sentence is from
 * @param textLang     the language the sentence is written in when it differs from the translation's
 *                     (an untranslated paragraph)
 * @param context      the previous and the next sentence (empty strings at the edges)
 * @param link         the link to the sentence: a text fragment of the public URL, or the built-in reader
 * @param readerLink   the built-in reader's link, given beside an external {@code link}
 * @param score        the answer's confidence, 0..1
 * @param translations the aligned sentences in the article's other translations
 * @param discrepancy  where another translation of this sentence states a different figure
 */
public record Answer(
        String article,
        String title,
        String lang,
        Optional<String> textLang,
        int sentenceIndex,
        String sentence,
        List<String> context,
        String link,
        Optional<String> readerLink,
        double score,
        List<AlignedSentence> translations,
        Optional<DiscrepancyNote> discrepancy) {
    public Answer {
        context = List.copyOf(context);
        translations = List.copyOf(translations);
    }
}
