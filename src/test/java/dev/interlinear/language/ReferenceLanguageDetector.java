package dev.interlinear.language;

import java.util.Collection;
import java.util.HashMap;
import java.util.Optional;
import java.util.function.Supplier;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The detector as it works without {@link CompiledLanguageModel}: over the same maxent model under a factory of
 * another class, which is never compiled, so OpenNLP's {@code LanguageDetectorME} gives every probability. The
 * equivalence test compares the detector against it.
 */
final class ReferenceLanguageDetector implements LanguageDetector {

    private final OpenNlpLanguageDetector detector;

    ReferenceLanguageDetector(LanguageDetectorModel model, Collection<String> languages) {
        this(() -> model, languages);
    }

    ReferenceLanguageDetector(Supplier<LanguageDetectorModel> model, Collection<String> languages) {
        detector = new OpenNlpLanguageDetector(() -> uncompiled(model.get()), languages);
    }

    private static final HashMap<LanguageDetectorModel, LanguageDetectorModel> UNCOMPILED = new HashMap<>();

    /** The same maxent model under a factory of another class (once per model, so the detector keeps it). */
    private static synchronized LanguageDetectorModel uncompiled(LanguageDetectorModel model) {
        return model == null ? null : UNCOMPILED.computeIfAbsent(model, m -> new LanguageDetectorModel(
                m.getMaxentModel(), new HashMap<>(), new OtherLanguageDetectorFactory()));
    }

    @Override
    public Optional<LanguageGuess> detect(String text) {
        return detector.detect(text);
    }

    @Override
    public Optional<LanguageGuess> detectQuestion(String text) {
        return detector.detectQuestion(text);
    }

    @Override
    public boolean plainlyIn(String text, String lang) {
        return detector.plainlyIn(text, lang);
    }
}
