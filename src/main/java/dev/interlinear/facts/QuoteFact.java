package dev.interlinear.facts;

import java.util.Objects;

/**
 * Words in quotation marks attributed to a named speaker by a speech verb ("sagte", "disse", "said", ...).
 *
 * @param speaker the name as written in the sentence ("Jensen Huang", "C.C. Wei"); see
 *                {@link ArticleFacts#speakerOf(QuoteFact)} for the entity
 * @param quote   the quoted words, without the quotation marks
 */
public record QuoteFact(String article, String lang, int sentenceIndex, String speaker, String quote) {
    public QuoteFact {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(quote, "quote");
    }
}
