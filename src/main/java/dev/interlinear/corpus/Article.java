package dev.interlinear.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An article with its translations, keyed by language tag in file-name order. */
public record Article(String id, Optional<String> original, Map<String, Translation> translations) {
    public Article {
        translations = Collections.unmodifiableMap(new LinkedHashMap<>(translations));
    }

    public Optional<Translation> translation(String lang) {
        return Optional.ofNullable(translations.get(lang));
    }
}
