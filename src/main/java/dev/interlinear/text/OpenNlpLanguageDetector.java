package dev.interlinear.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * OpenNLP's language detector (103 languages, model from Maven Central), restricted to the languages the
 * bot supports, so a German question is never taken for Luxembourgish.
 *
 * <p>The model's probabilities are spread over all 103 languages and are flat for short texts, so the
 * confidence is the margin between the best and the second-best supported language in log space, after
 * adding evidence from function words (articles, pronouns, question words), which short questions are
 * made of. {@code confidence = 1 - exp(-margin)}: 0.5 means the best language is twice as likely.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {

    private static final String MODEL = "/langdetect-183.bin";
    /** Weight (in natural-log units) of one function word of a language. */
    private static final double FUNCTION_WORD_WEIGHT = 0.6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    /** Distinctive function words; words shared by several languages count for each of them. */
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "what", "who", "when", "where", "why", "how", "much", "many", "did", "does", "is",
                    "are", "was", "of", "and", "with", "which", "about", "said", "say", "this", "that", "to"),
            "de", Set.of("der", "die", "das", "und", "wie", "viel", "viele", "was", "wer", "wann", "wo", "warum",
                    "ist", "sind", "hat", "haben", "mit", "über", "von", "für", "ein", "eine", "einen", "wem",
                    "nicht", "auch", "welche", "sagte", "an", "im", "zu"),
            "pt", Set.of("o", "os", "as", "que", "quem", "quando", "onde", "por", "quanto", "quantos", "quantas",
                    "qual", "como", "é", "são", "com", "do", "da", "dos", "das", "um", "uma", "não", "disse",
                    "sobre", "para", "no", "na", "em"),
            "es", Set.of("el", "los", "las", "qué", "quién", "cuándo", "dónde", "cuánto", "cuántos", "cuál",
                    "cómo", "es", "son", "con", "del", "un", "una", "dijo", "sobre", "para", "en", "por", "y"),
            "fr", Set.of("le", "les", "la", "qu", "que", "qui", "quand", "où", "pourquoi", "combien", "quel",
                    "quelle", "comment", "est", "sont", "avec", "du", "des", "un", "une", "dit", "sur", "pour",
                    "et", "a", "au", "aux"));

    /** ISO 639-3 code of the model -> our tag. */
    private final Map<String, String> supported = new LinkedHashMap<>();
    /** Counts the function words of the supported languages. */
    private final FunctionWordCounter functionWords;
    /** Asked for only when function words do not settle a text: most questions never wait for it. */
    private final Supplier<LanguageDetectorModel> model;
    /** The last model supplied, compiled; built at the first text that needs it. */
    private volatile PreparedModel prepared;
    private final Object preparing = new Object();

    /**
     * A model with its compiled form (empty if the model is not of the kind {@link CompiledLanguageModel}
     * reproduces) and the indices of the supported languages among the model's, in the model's order.
     */
    private record PreparedModel(LanguageDetectorModel model, Optional<CompiledLanguageModel> compiled,
                                 int[] supportedOutcomes) {
    }

    /** A detector for the given languages, over a model loaded once with {@link #loadModel()}. */
    public OpenNlpLanguageDetector(LanguageDetectorModel model, Collection<String> languages) {
        this(() -> model, languages);
    }

    /**
     * @param model the model, asked for at the first text that needs it (it may still be loading in the
     *              background, which a question settled by its function words then does not wait for)
     */
    public OpenNlpLanguageDetector(Supplier<LanguageDetectorModel> model, Collection<String> languages) {
        for (String lang : languages) {
            String base = Languages.base(lang);
            if (!base.isEmpty()) {
                supported.put(Locale.forLanguageTag(base).getISO3Language(), base);
            }
        }
        if (supported.isEmpty()) {
            throw new IllegalArgumentException("no language to detect");
        }
        Map<String, Set<String>> functionWordsOfSupported = new LinkedHashMap<>();
        FUNCTION_WORDS.forEach((lang, words) -> {
            if (supported.containsValue(lang)) {
                functionWordsOfSupported.put(lang, words);
            }
        });
        functionWords = new FunctionWordCounter(functionWordsOfSupported);
        this.model = model;
    }

    /** Reads the model from the class path (about a second; 10 MB). */
    public static LanguageDetectorModel loadModel() {
        try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL + " is missing from the class path");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + MODEL, e);
        }
    }

    /**
     * How many more function words of one language than of any other settle a text that has some of both:
     * the guess's confidence is then 1 - e^(-0.6 x 3) = 0.83, above what a short question needs.
     */
    static final int SETTLING_LEAD = 3;

    /** At least this many function words of the language, and twice as many as of any other. */
    static final int PLAIN_FUNCTION_WORDS = 3;

    @Override
    public boolean plainlyIn(String text, String lang) {
        int[] counts = functionWords.count(text);
        int l = functionWords.indexOf(lang);
        int mine = l < 0 ? 0 : counts[l];
        int others = mostExcept(counts, l);
        return mine >= PLAIN_FUNCTION_WORDS && mine >= 2 * others;
    }

    /** The largest count but the one at {@code except}, 0 if none. */
    private static int mostExcept(int[] counts, int except) {
        int most = 0;
        for (int k = 0; k < counts.length; k++) {
            if (k != except) {
                most = Math.max(most, counts[k]);
            }
        }
        return most;
    }

    /**
     * The model's supported languages with their probabilities, in the order of OpenNLP's
     * {@code LanguageDetectorME.predictLanguages} (most probable first, ties in model order).
     */
    private List<Language> supportedLanguages(String sample) {
        PreparedModel p = prepared();
        Optional<double[]> probabilities = p.compiled().flatMap(c -> c.probabilities(sample));
        List<Language> languages = new ArrayList<>();
        if (probabilities.isPresent()) {
            CompiledLanguageModel compiled = p.compiled().orElseThrow();
            for (int outcome : p.supportedOutcomes()) {
                languages.add(new Language(compiled.language(outcome), probabilities.get()[outcome]));
            }
            // stable, like OpenNLP's sort of all languages, so the supported ones keep its relative order
            languages.sort((a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        } else {
            // LanguageDetectorME holds no state between calls; a new one per call keeps this thread-safe.
            for (Language l : new LanguageDetectorME(p.model()).predictLanguages(sample)) {
                if (supported.containsKey(l.getLang())) {
                    languages.add(l);
                }
            }
        }
        return languages;
    }

    private PreparedModel prepared() {
        LanguageDetectorModel current = model.get();
        PreparedModel p = prepared;
        if (p == null || p.model() != current) {
            synchronized (preparing) {
                p = prepared;
                if (p == null || p.model() != current) {
                    p = prepare(current);
                    prepared = p;
                }
            }
        }
        return p;
    }

    private PreparedModel prepare(LanguageDetectorModel m) {
        Optional<CompiledLanguageModel> compiled = CompiledLanguageModel.of(m);
        int[] supportedOutcomes = compiled.map(c -> IntStream.range(0, c.languages())
                .filter(o -> supported.containsKey(c.language(o))).toArray()).orElse(new int[0]);
        return new PreparedModel(m, compiled, supportedOutcomes);
    }

    @Override
    public Optional<LanguageGuess> detect(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        if (supported.size() == 1) {
            return Optional.of(new LanguageGuess(supported.values().iterator().next(), 1.0));
        }
        // Function words settle it without the model (a millisecond saved on most questions, and the first
        // question need not wait for the model to load): two or more of one language and none of another, or
        // three more of one language than of any other and twice as many ("wer", "hat", "was", "mit" against
        // English "was"). A smaller lead would give a short question less confidence than it needs.
        // (A tie for the most never settles it, so which of the tied languages is "top" does not matter.)
        int[] counts = functionWords.count(text);
        int top = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[top]) {
                top = k;
            }
        }
        if (counts.length > 0 && counts[top] > 0) {
            int most = counts[top];
            int others = mostExcept(counts, top);
            if ((others == 0 && most >= 2) || (most - others >= SETTLING_LEAD && most >= 2 * others)) {
                return Optional.of(new LanguageGuess(functionWords.language(top),
                        1 - Math.exp(-FUNCTION_WORD_WEIGHT * (most - others))));
            }
        }
        // Long texts carry enough signal in their first few thousand characters.
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        Map<String, Double> score = new HashMap<>();
        for (Language l : supportedLanguages(sample)) {
            score.put(supported.get(l.getLang()), Math.log(Math.max(l.getConfidence(), 1e-9)));
        }
        var words = WORD.matcher(sample.toLowerCase(Locale.ROOT));
        int counted = 0;
        while (words.find() && counted++ < 200) {
            String w = words.group();
            for (var e : FUNCTION_WORDS.entrySet()) {
                if (score.containsKey(e.getKey()) && e.getValue().contains(w)) {
                    score.merge(e.getKey(), FUNCTION_WORD_WEIGHT, Double::sum);
                }
            }
        }
        String best = null;
        double first = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (var e : score.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double margin = Double.isInfinite(second) ? 10 : first - second;
        return Optional.of(new LanguageGuess(best, 1 - Math.exp(-margin)));
    }
}
