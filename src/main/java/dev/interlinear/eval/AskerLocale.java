package dev.interlinear.eval;

import dev.interlinear.corpus.LanguageTag;
import java.util.Optional;

/**
 * What a run passes as the asker's locale ({@code userLocale} of the ask request, as Discord passes a user's
 * locale). It is evidence, not a choice: the reply language is still chosen (a confident detection of the
 * question's language outweighs it). Eval never passes an explicit language. A question's own {@code locale}
 * field, when present, is used whatever the run's setting.
 */
public record AskerLocale(Kind kind, Optional<String> tag) {

    /** Where the locale comes from. */
    public enum Kind {
        /** Each question's {@code lang}: the asker's locale matches the question (the default, as before). */
        QUESTION_LANGUAGE,
        /** One locale for every question ({@code --locale de}). */
        FIXED,
        /** No locale: the reply language rests on detection, then the configured default ({@code --locale none}). */
        NONE
    }

    /** The default: each question's {@code lang} is its asker's locale. */
    public static final AskerLocale QUESTION_LANGUAGE = new AskerLocale(Kind.QUESTION_LANGUAGE, Optional.empty());

    public AskerLocale {
        if ((kind == Kind.FIXED) != tag.isPresent()) {
            throw new IllegalArgumentException("a fixed locale needs its tag, and only a fixed one has a tag");
        }
    }

    /** {@code none}, or a language tag such as {@code de} or {@code pt-BR}. */
    public static AskerLocale parse(String value) {
        if (value.equals("none")) {
            return new AskerLocale(Kind.NONE, Optional.empty());
        }
        return new AskerLocale(
                Kind.FIXED,
                Optional.of(LanguageTag.normalise(value)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "locale must be a language tag such as de or pt-BR, or none (not '" + value + "')"))));
    }

    /** The locale the asker of this question has, if any. */
    public Optional<String> forQuestion(EvalQuestion question) {
        if (question.locale().isPresent()) {
            return question.locale();
        }
        return switch (kind) {
            case QUESTION_LANGUAGE -> Optional.of(question.lang()).filter(lang -> !lang.isEmpty());
            case FIXED -> tag;
            case NONE -> Optional.empty();
        };
    }

    /** For output: {@code question-lang}, {@code none} or the tag. */
    public String label() {
        return switch (kind) {
            case QUESTION_LANGUAGE -> "question-lang";
            case FIXED -> tag.orElseThrow();
            case NONE -> "none";
        };
    }
}
