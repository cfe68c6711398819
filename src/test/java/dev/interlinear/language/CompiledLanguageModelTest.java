package dev.interlinear.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled model and the detector over it give exactly OpenNLP's results: the same normalised text, the same
 * n-gram order, the same probabilities to the last bit, and the same {@code detect} result as the detector before
 * it ({@link ReferenceLanguageDetector}), on every corpus paragraph and on thousands of random texts.
 */
class CompiledLanguageModelTest {

    private static final List<String> CORPUS_LANGUAGES = List.of("en", "de", "pt", "es", "fr");
    private static final int RANDOM_TEXTS = 4000;

    private static LanguageDetectorModel model;
    private static CompiledLanguageModel compiled;
    private static List<String> texts;

    @BeforeAll
    static void load() {
        model = OpenNlpLanguageDetector.loadModel();
        compiled = CompiledLanguageModel.of(model).orElseThrow();
        List<String> all = new ArrayList<>(DetectionSamples.paragraphs());
        all.addAll(DetectionSamples.randomTexts(20_251_122L, RANDOM_TEXTS));
        texts = List.copyOf(all);
    }

    /** OpenNLP's normaliser chain as {@code LanguageDetectorFactory.getContextGenerator} builds it. */
    private static final CharSequenceNormalizer OPENNLP_NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    @Test
    void theSamplesCoverTheCorpusAndTheRandomTexts() {
        // a guard against an empty or shrunken sample making the comparisons below pass vacuously
        assertThat(DetectionSamples.paragraphs()).hasSizeGreaterThan(4_000);
        assertThat(texts).hasSizeGreaterThan(8_000);
    }

    @Test
    void normalisationIsOpenNlpsCharForChar() {
        // WHEN every sample is normalised both ways
        List<String> differing = texts.stream()
                .filter(t -> !LangDetectNormalizer.normalize(t).equals(OPENNLP_NORMALIZER.normalize(t).toString()))
                .limit(5).toList();

        // THEN no text differs
        assertThat(differing).isEmpty();
    }

    @Test
    void eachScanIsItsRegularExpression() {
        // GIVEN OpenNLP's patterns, flags and replacements, one by one
        record Case(String name, LangDetectNormalizer.Pass scan, Pattern regex, String replacement) {
        }
        List<Case> cases = List.of(
                new Case("emoji", LangDetectNormalizer::emoji, Pattern.compile("[\\uD83C-\\uDBFF\\uDC00-\\uDFFF]+"), " "),
                new Case("url", LangDetectNormalizer::urls, Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]+"), " "),
                new Case("mail", LangDetectNormalizer::mailAddresses,
                        Pattern.compile("(?<![-+_.0-9A-Za-z])[-+_.0-9A-Za-z]+@[-0-9A-Za-z]+[-.0-9A-Za-z]+"), " "),
                new Case("hash/user", LangDetectNormalizer::hashtagsAndMentions, Pattern.compile("[#@]\\S+"), " "),
                new Case("rt", LangDetectNormalizer::retweetMarks, Pattern.compile("\\b(rt[ :])+", Pattern.CASE_INSENSITIVE), " "),
                new Case("face", LangDetectNormalizer::emoticons, Pattern.compile("[:;x]-?[()dop]", Pattern.CASE_INSENSITIVE), " "),
                new Case("laugh", LangDetectNormalizer::laughter,
                        Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE), "$1$2$1$2"),
                new Case("number", LangDetectNormalizer::numbers, Pattern.compile("\\d+"), " "),
                new Case("space", LangDetectNormalizer::whitespaceRuns, Pattern.compile("\\s{2,}", Pattern.CASE_INSENSITIVE), " "),
                new Case("repeat", LangDetectNormalizer::repeatedCharacters,
                        Pattern.compile("(.)\\1{2,}", Pattern.CASE_INSENSITIVE), "$1$1"));

        // WHEN each scan and its pattern run on every sample
        List<String> differing = new ArrayList<>();
        for (Case c : cases) {
            for (String text : texts) {
                char[] out = new char[text.length()];
                String scanned = new String(out, 0, c.scan().apply(text.toCharArray(), text.length(), out));
                if (!scanned.equals(c.regex().matcher(text).replaceAll(c.replacement()))) {
                    differing.add(c.name() + ": " + text);
                }
            }
        }

        // THEN they agree everywhere
        assertThat(differing.stream().limit(5).toList()).isEmpty();
    }

    @Test
    void theEmojiClassIsTheRegexClassForEveryCodePoint() {
        Pattern emoji = Pattern.compile("[\\uD83C-\\uDBFF\\uDC00-\\uDFFF]");
        List<Integer> differing = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean regex = emoji.matcher(new String(Character.toChars(cp))).matches();
            if (regex != LangDetectNormalizer.isEmojiClass(cp)) {
                differing.add(cp);
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void nGramsComeInTheOrderOfOpenNlpsHashMaps() {
        var contexts = new LanguageDetectorFactory().getContextGenerator();
        int reproduced = 0;
        List<String> differing = new ArrayList<>();
        for (String text : texts) {
            Optional<long[]> ours = LangDetectNGrams.inModelOrder(LangDetectNormalizer.normalize(text));
            if (ours.isEmpty()) {
                continue;
            }
            reproduced++;
            // LanguageDetectorME.arrayToCounts (get, then put: merge would put new keys first in their bucket),
            // then predict's iteration
            Map<CharSequence, Integer> counts = new HashMap<>();
            for (CharSequence gram : contexts.getContext(text)) {
                Integer count = counts.get(gram);
                counts.put(gram, count == null ? 1 : count + 1);
            }
            long[] theirs = counts.keySet().stream().mapToLong(g -> LangDetectNGrams.pack(g.toString())).toArray();
            if (!Arrays.equals(ours.get(), theirs)) {
                differing.add(text);
            }
        }
        assertThat(differing).isEmpty();
        assertThat(reproduced).isGreaterThan(texts.size() * 99 / 100);
    }

    @Test
    void probabilitiesAreOpenNlpsToTheLastBit() {
        LanguageDetectorME openNlp = new LanguageDetectorME(model);
        List<String> differing = new ArrayList<>();
        for (String text : texts) {
            Optional<double[]> ours = compiled.probabilities(text);
            if (ours.isEmpty()) {
                continue;
            }
            Map<String, Double> theirs = new HashMap<>();
            for (Language l : openNlp.predictLanguages(text)) {
                theirs.put(l.getLang(), l.getConfidence());
            }
            for (int o = 0; o < compiled.languages(); o++) {
                if (Double.doubleToRawLongBits(ours.get()[o])
                        != Double.doubleToRawLongBits(theirs.get(compiled.language(o)))) {
                    differing.add(compiled.language(o) + " in " + text);
                    break;
                }
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void detectGivesTheResultsOfTheDetectorBeforeIt() {
        // GIVEN the detector and the reference, for the corpus languages and for a smaller set
        for (List<String> languages : List.of(CORPUS_LANGUAGES, List.of("de", "pt", "en"))) {
            OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(model, languages);
            ReferenceLanguageDetector reference = new ReferenceLanguageDetector(model, languages);

            // WHEN every sample is detected by both
            List<String> differing = texts.stream()
                    .filter(t -> !detector.detect(t).equals(reference.detect(t)))
                    .limit(5).toList();

            // THEN language and confidence are identical
            assertThat(differing).as("languages %s", languages).isEmpty();
        }
    }

    @Test
    void aTextWhoseHashMapWouldGrowATreeIsLeftToOpenNlp() {
        // GIVEN nine letters whose 1-grams share a bucket of a 16-bucket HashMap ((31 + c) % 16 == 0)
        String text = "aqбсёαρáñ";

        // WHEN its n-grams are ordered
        Optional<long[]> order = LangDetectNGrams.inModelOrder(LangDetectNormalizer.normalize(text));

        // THEN the order is not claimed, and detection still gives the reference's result
        assertThat(order).isEmpty();
        assertThat(compiled.probabilities(text)).isEmpty();
        assertThat(new OpenNlpLanguageDetector(model, CORPUS_LANGUAGES).detect(text))
                .isEqualTo(new ReferenceLanguageDetector(model, CORPUS_LANGUAGES).detect(text))
                .isPresent();
    }

    @Test
    void aModelOfAnotherKindIsNotCompiled() {
        // GIVEN a model whose factory is not the default one (its context generator could differ)
        LanguageDetectorModel custom = new LanguageDetectorModel(model.getMaxentModel(), new HashMap<>(),
                new OtherLanguageDetectorFactory());

        // THEN it is left to OpenNLP
        assertThat(CompiledLanguageModel.of(custom)).isEmpty();
        assertThat(Stream.of("Rechenzentren benötigen gewaltige Strommengen.")
                .map(new OpenNlpLanguageDetector(custom, CORPUS_LANGUAGES)::detect))
                .containsExactly(new ReferenceLanguageDetector(model, CORPUS_LANGUAGES)
                        .detect("Rechenzentren benötigen gewaltige Strommengen."));
    }
}
