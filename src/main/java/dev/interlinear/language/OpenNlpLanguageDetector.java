package dev.interlinear.language;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * OpenNLP's language detector (103 languages, model from Maven Central), restricted to the languages the
 * bot supports, so a German question is never taken for Luxembourgish.
 *
 * <p>The model's probabilities are spread over all 103 languages and are flat for short texts, so two more things
 * are weighed with them: the function words of each language (articles, pronouns, question words, what short
 * questions are made of), and, for a question, that names and acronyms ("OpenAI", "AMD", "Doctor Who") belong to no
 * language. {@link #detect} (paragraphs) gives {@code confidence = 1 - exp(-margin)} with the margin between the
 * best and the second-best supported language in log space: 0.5 means the best language is twice as likely.
 * {@link #detectQuestion} gives a calibrated probability instead (see there).
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {

    private static final String MODEL = "/langdetect-183.bin";
    /** Weight (in natural-log units) of one function word of a language, in {@link #detect}. */
    private static final double FUNCTION_WORD_WEIGHT = 0.6;

    /**
     * The function words of each language, the one list of each: articles, prepositions, conjunctions, pronouns,
     * auxiliaries, question words, and their forms without accents or in chat spelling ("nao", "vc", "wieviel").
     * A word of several languages counts for each of them. A supported language written in Latin script without
     * a list here is given the count of the best listed language, so that words it may share never count against
     * it. A list is general: no word in it is there for a particular question.
     */
    static final Map<String, Set<String>> FUNCTION_WORDS = Map.ofEntries(
            words("en", """
                    the a an of to in on at for with by from about into as and or but not no is are was were be been
                    am do does did has have had will would can could should may might must what who whom whose which when
                    where why how much many this that these those it its he she they them their his her we our you your
                    i me my there than then if said say says what's who's where's how's it's isn't don't doesn't didn't
                    whats whos wheres hows"""),
            words("de", """
                    der die das den dem des ein eine einen einem einer eines und oder aber nicht kein keine ist sind war
                    waren wird werden wurde wurden hat haben hatte hatten kann können muss soll wer wen wem wessen was
                    wann wo wie warum wieso weshalb welche welcher welches welchen woher wohin viel viele vielen mit von
                    zu zum zur für über auf aus bei nach vor um durch gegen ohne im am an in ins als auch noch nur schon
                    sehr es er sie ich wir ihr sich man dass denn gibt gab sagte wieviel wieviele gibts"""),
            words("pt", """
                    o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para pra pro
                    com sem sobre entre até e ou mas não nao que quem quando onde como qual quais quanto quanta quantos
                    quantas porque porquê pq é são sao foi foram era está estão tem têm ser ter se ele ela eles elas isso
                    isto esse essa este esta seu sua ao aos à às mais muito já também disse você voce vc"""),
            words("es", """
                    el la los las un una unos unas de del al a en por para con sin sobre entre hasta desde y o pero no
                    que qué quién quien quiénes cuándo cuando dónde donde cómo como cuál cual cuáles cuánto cuanto cuánta
                    cuántos cuantos cuántas cuantas porque si es son fue fueron era está están hay ha han ser se le les
                    lo su sus este esta ese esa muy más también ya dijo"""),
            words("fr", """
                    le la les l' un une des du de d' au aux à en dans par pour avec sans sur sous entre et ou mais ne n'
                    pas que qu' qui quoi quand où comment pourquoi combien quel quelle quels quelles est sont était a ont
                    été être avoir fait il elle ils elles on ce c' cette ces se s' son sa ses leur plus très aussi dit y
                    si"""),
            words("it", """
                    il lo la i gli le un una uno di del della dei delle a al alla da dal in nel nella con su per tra fra
                    e o ma non che chi cosa quando dove come perché quale quali quanto quanti quante è sono era ha hanno
                    stato si anche più molto"""),
            words("nl", """
                    de het een en of maar niet geen is zijn was waren wordt worden werd heeft hebben had van in op aan
                    met voor door bij naar uit over om tot wie wat wanneer waar waarom hoe welke hoeveel dat die dit deze
                    er ook nog al zeer"""),
            words("ro", """
                    și si în in de la cu pe din pentru care ce cine când cand unde cum cât cat câți cati câte cate este e
                    sunt a au fost fi un o unei unui lui ei nu mai sau dar că ca să sa se al ale ai acest această acesta
                    despre după dupa prin fără între până"""),
            words("tr", """
                    ve bir bu şu o ne kim nerede nasıl nasil neden niçin hangi kaç kac mi mı mu mü için icin ile gibi da
                    de ta te en çok cok daha ama veya ya ki olan olarak var yok değil degil göre kadar sonra önce her
                    nedir kimdir"""),
            words("vi", """
                    của và là có không được trong cho với các những một người này đó khi nào gì ai đâu sao bao nhiêu
                    như thế đã sẽ đang từ về ở để theo tại bởi vì nhưng hay hoặc mà thì cũng rất"""));

    /**
     * The model's codes of a language whose ISO 639-3 code the model does not use, or not alone: it knows
     * Mandarin ("cmn"), not Chinese ("zho"). A language's probability is the sum over its codes.
     */
    private static final Map<String, List<String>> MODEL_CODES = Map.of(
            "zh", List.of("cmn"),
            "no", List.of("nob", "nno"),
            "nb", List.of("nob"),
            "nn", List.of("nno"),
            "fa", List.of("fas", "pes"),
            "et", List.of("est", "ekk"),
            "lv", List.of("lav", "lvs"),
            "ms", List.of("msa"));

    /** The length (letters) of a question whose model weight is {@link Calibration#modelWeight()}. */
    static final double CALIBRATION_LETTERS = 20;
    /**
     * The probability of a question that function words settle (see {@link #detect}): of the 2,642 questions of
     * the fit sets in Latin script they settled, whole or cut short, none was taken for the wrong language.
     */
    static final double SETTLED_PROBABILITY = 0.999;

    private static Map.Entry<String, Set<String>> words(String lang, String words) {
        return Map.entry(lang, Set.of(words.strip().split("\\s+")));
    }

    /** Our tags, in a fixed order: the index of a language in every array below. */
    private final String[] tags;
    /** Model code (ISO 639-3, or one of {@link #MODEL_CODES}) -> index of our tag. */
    private final Map<String, Integer> tagOfCode = new HashMap<>();
    /** Counts the function words of each tag (none for a tag without a list). */
    private final FunctionWordCounter functionWords;
    /** For each tag without a list: whether it is written in Latin script, as the listed languages are. */
    private final boolean[] latinWithoutList;

    private final boolean everyLatinLanguageListed;
    /** For each tag, the scripts it is written in (ICU's codes); Han also for Japanese and Korean. */
    private final int[][] scripts;
    /** Asked for only when function words do not settle a text: most questions never wait for it. */
    private final Supplier<LanguageDetectorModel> model;
    /** {@link #model} restricted to the supported languages ({@link SupportedLanguagesModel}), made at first use. */
    private volatile LanguageDetectorModel supportedModel;

    /** A detector for the given languages, over a model loaded once with {@link #loadModel()}. */
    public OpenNlpLanguageDetector(LanguageDetectorModel model, Collection<String> languages) {
        this(() -> model, languages);
    }

    /**
     * @param model the model, asked for at the first text that needs it (it may still be loading in the
     *              background, which a question settled by its function words then does not wait for)
     */
    public OpenNlpLanguageDetector(Supplier<LanguageDetectorModel> model, Collection<String> languages) {
        Set<String> bases = new LinkedHashSet<>();
        for (String lang : languages) {
            String base = Languages.base(lang);
            if (!base.isEmpty()) {
                bases.add(base);
            }
        }
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no language to detect");
        }
        tags = bases.toArray(String[]::new);
        for (int t = 0; t < tags.length; t++) {
            for (String code : modelCodes(tags[t])) {
                tagOfCode.put(code, t);
            }
        }
        functionWords = new FunctionWordCounter(List.of(tags), FUNCTION_WORDS);
        latinWithoutList = new boolean[tags.length];
        scripts = new int[tags.length][];
        for (int t = 0; t < tags.length; t++) {
            scripts[t] = scriptsOf(tags[t]);
        }
        boolean allListed = true;
        for (int t = 0; t < tags.length; t++) {
            latinWithoutList[t] = !functionWords.hasWords(t) && writtenInLatin(tags[t]);
            allListed &= !latinWithoutList[t];
        }
        everyLatinLanguageListed = allListed;
        this.model = model;
    }

    /** The model's codes of a language (base tag). */
    static List<String> modelCodes(String tag) {
        List<String> codes = MODEL_CODES.get(tag);
        if (codes != null) {
            return codes;
        }
        try {
            return List.of(Locale.forLanguageTag(tag).getISO3Language());
        } catch (java.util.MissingResourceException e) {
            return List.of(tag);
        }
    }

    private static boolean writtenInLatin(String tag) {
        for (int script : scriptsOf(tag)) {
            if (script == UScript.LATIN) {
                return true;
            }
        }
        return false;
    }

    /** The scripts of a language by ICU; Latin when ICU does not know it. */
    private static int[] scriptsOf(String tag) {
        int[] scripts = UScript.getCode(ULocale.forLanguageTag(tag));
        return scripts == null || scripts.length == 0 ? new int[] {UScript.LATIN} : scripts;
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

    /**
     * At least this many function words of the language, and more than of any other: a paragraph of the build is
     * then taken to be in its translation's language without the model. A passage left in another language of a
     * Latin script shows that language's function words; the model is kept for the rest, at 100 to 400 µs a
     * paragraph. Asking for twice as many sent a third of the benchmark's paragraphs to the model, this 0.7 %, with
     * the same language for every paragraph of the sample, Debian and XQuAD corpora.
     */
    static final int PLAIN_FUNCTION_WORDS = 2;

    @Override
    public int functionWordsApart(String text, String lang, String other) {
        int l = Arrays.asList(tags).indexOf(lang);
        int o = Arrays.asList(tags).indexOf(other);
        return l < 0 || text == null ? 0 : functionWords.apart(text, l, o);
    }

    @Override
    public boolean plainlyIn(String text, String lang) {
        int[] counts = functionWordCounts(text);
        int l = Arrays.asList(tags).indexOf(lang);
        if (l < 0 || !functionWords.hasWords(l)) {
            return false;
        }
        int mine = counts[l];
        int others = mostExcept(counts, l);
        return mine >= PLAIN_FUNCTION_WORDS && mine > others;
    }

    /**
     * The function words of each supported language (indexed like {@link #tags}) among the text's first words; a
     * Latin-script language without a list gets the best listed count, a language of another script none.
     */
    private int[] functionWordCounts(String text) {
        return functionWordCounts(functionWords.count(text));
    }

    private int[] functionWordCounts(int[] counts) {
        int best = Arrays.stream(counts).max().orElse(0);
        for (int t = 0; t < tags.length; t++) {
            if (latinWithoutList[t]) {
                counts[t] = best;
            }
        }
        return counts;
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
     * The index of the language that function words alone settle the text in, or -1: two or more of one language
     * and none of another, or three more of one language than of any other and twice as many ("wer", "hat",
     * "was", "mit" against English "was"). A tie for the most never settles it. Only a text written in Latin
     * script, as the function words are, is settled ("Doctor Who" in a Greek question is no English), and only
     * when every supported Latin-script language has a list (one without may have the same words).
     */
    private int settledByFunctionWords(String text, int[] counts) {
        if (!everyLatinLanguageListed || !latinLetters(text)) {
            return -1;
        }
        int top = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[top]) {
                top = k;
            }
        }
        int most = counts[top];
        int others = mostExcept(counts, top);
        return most > 0 && ((others == 0 && most >= 2) || (most - others >= SETTLING_LEAD && most >= 2 * others))
                ? top
                : -1;
    }

    /** Whether every letter of the text's start (as far as function words are read) is a Latin one. */
    private static boolean latinLetters(String text) {
        int end = Math.min(text.length(), 2000);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * The model's probability of each supported language (indexed like {@link #tags}), the sum over its codes,
     * among the supported languages only ({@link SupportedLanguagesModel}: the same ratios as over all 103).
     */
    private double[] modelProbabilities(String sample) {
        double[] out = new double[tags.length];
        // LanguageDetectorME holds no state between calls; a new one per call keeps this thread-safe.
        for (Language l : new LanguageDetectorME(supportedModel()).predictLanguages(sample)) {
            Integer t = tagOfCode.get(l.getLang());
            if (t != null) {
                out[t] += l.getConfidence();
            }
        }
        return out;
    }

    private LanguageDetectorModel supportedModel() {
        LanguageDetectorModel restricted = supportedModel;
        if (restricted == null) {
            synchronized (this) {
                if (supportedModel == null) {
                    supportedModel = SupportedLanguagesModel.restrict(model.get(), tagOfCode.keySet());
                }
                restricted = supportedModel;
            }
        }
        return restricted;
    }

    @Override
    public Optional<LanguageGuess> detect(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        if (tags.length == 1) {
            return Optional.of(new LanguageGuess(tags[0], 1.0));
        }
        // Function words settle it without the model (a millisecond saved on most questions, and the first
        // question need not wait for the model to load); a smaller lead would give a short text less confidence
        // than it needs.
        int[] counts = functionWordCounts(text);
        int settled = settledByFunctionWords(text, counts);
        if (settled >= 0) {
            return Optional.of(new LanguageGuess(
                    tags[settled],
                    1 - Math.exp(-FUNCTION_WORD_WEIGHT * (counts[settled] - mostExcept(counts, settled)))));
        }
        // Long texts carry enough signal in their first few thousand characters.
        String sample = text.length() > MAX_SAMPLE ? text.substring(0, MAX_SAMPLE) : text;
        double[] probabilities = modelProbabilities(sample);
        // as many words as the model's sample, up to 200
        int[] sampleCounts = functionWordCounts(functionWords.count(sample, MAX_SAMPLE, SCORED_WORDS));
        double[] score = new double[tags.length];
        for (int t = 0; t < tags.length; t++) {
            score[t] = Math.log(Math.max(probabilities[t], 1e-9)) + FUNCTION_WORD_WEIGHT * sampleCounts[t];
        }
        int best = 0;
        for (int t = 1; t < tags.length; t++) {
            if (score[t] > score[best]) {
                best = t;
            }
        }
        double second = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < tags.length; t++) {
            if (t != best) {
                second = Math.max(second, score[t]);
            }
        }
        return Optional.of(new LanguageGuess(tags[best], 1 - Math.exp(-(score[best] - second))));
    }

    /** Only a text's first characters are read. */
    private static final int MAX_SAMPLE = 4000;
    /** The function words of at most this many words are added to the model's scores in {@link #detect}. */
    private static final int SCORED_WORDS = 200;

    /**
     * The language of a question or chat message with a calibrated probability: of the questions given 0.9, about
     * nine in ten are in that language. Each language's score is the model's log-probability of the question
     * without its names and acronyms, weighted down as the question grows, plus a weight per function word
     * ({@link Calibration#QUESTIONS}); the probability is the softmax of the scores over the supported languages
     * the question has letters of the script of (a question without a Han letter is not Chinese). Function words
     * that settle the question, as in {@link #detect}, spare the model (a fresh {@code ask} need not load it) and
     * give {@link #SETTLED_PROBABILITY}.
     */
    @Override
    public Optional<LanguageGuess> detectQuestion(String text) {
        return questionEvidence(text).map(e -> e.guess(Calibration.QUESTIONS));
    }

    /**
     * How the evidence of a question is weighed: the model's log-probabilities times
     * {@code modelWeight * (20 / letters) ^ decay} (its n-grams are not independent evidence, so its weight falls
     * as the question grows), plus {@code functionWordWeight} per function word.
     */
    record Calibration(double modelWeight, double decay, double functionWordWeight) {
        /**
         * Fitted by {@code QuestionLanguageCalibration} (test sources) by maximum likelihood of the true language on
         * the questions of XQuAD dev (en, de, es, ru, el, tr, ro, vi, zh, ar, hi, th), whole and cut to their first
         * two to five words in lower case; checked on the seed dev set and the Debian set (en, de, pt, es, fr).
         */
        static final Calibration QUESTIONS = new Calibration(11.7, 0.68, 3.17);
    }

    /**
     * What a question tells of its language, before it is weighed.
     *
     * @param settled        the index of the language function words settle it in, or -1
     * @param logProbability the model's log-probability of each language for the question without names (when
     *                       not settled)
     * @param functionWords  the function words of each language
     * @param possible       whether the question has a letter of the language's script
     */
    record QuestionEvidence(
            String[] tags,
            int settled,
            double[] logProbability,
            int[] functionWords,
            long letters,
            boolean[] possible) {

        LanguageGuess guess(Calibration c) {
            if (settled >= 0) {
                return new LanguageGuess(tags[settled], SETTLED_PROBABILITY);
            }
            double[] p = probabilities(c);
            int best = 0;
            for (int t = 1; t < p.length; t++) {
                if (p[t] > p[best]) {
                    best = t;
                }
            }
            return new LanguageGuess(tags[best], p[best]);
        }

        /** The probability of each language (0 for the impossible ones), the softmax of the weighed scores. */
        double[] probabilities(Calibration c) {
            double weight = c.modelWeight() * Math.pow(CALIBRATION_LETTERS / Math.max(letters, 1), c.decay());
            double[] score = new double[tags.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < tags.length; t++) {
                score[t] = possible[t]
                        ? weight * logProbability[t] + c.functionWordWeight() * functionWords[t]
                        : Double.NEGATIVE_INFINITY;
                max = Math.max(max, score[t]);
            }
            double sum = 0;
            for (int t = 0; t < tags.length; t++) {
                score[t] = Math.exp(score[t] - max);
                sum += score[t];
            }
            for (int t = 0; t < tags.length; t++) {
                score[t] /= sum;
            }
            return score;
        }
    }

    /** The evidence of a question, empty when it has no letter. */
    Optional<QuestionEvidence> questionEvidence(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        String sample = text.length() > MAX_SAMPLE ? text.substring(0, MAX_SAMPLE) : text;
        int[] counts = functionWordCounts(sample);
        long letters = sample.codePoints().filter(Character::isLetter).count();
        int settled = tags.length == 1 ? 0 : settledByFunctionWords(sample, counts);
        if (settled >= 0) {
            return Optional.of(new QuestionEvidence(
                    tags, settled, new double[tags.length], counts, letters, new boolean[tags.length]));
        }
        double[] probabilities = modelProbabilities(Names.without(sample));
        double[] logProbability = new double[tags.length];
        for (int t = 0; t < tags.length; t++) {
            logProbability[t] = Math.log(Math.max(probabilities[t], 1e-300));
        }
        return Optional.of(new QuestionEvidence(tags, -1, logProbability, counts, letters, possible(sample)));
    }

    /** Whether the text has a letter of each language's script; every language when it has none of any. */
    private boolean[] possible(String text) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                seen.add(UScript.getScript(cp));
            }
            i += Character.charCount(cp);
        }
        boolean[] possible = new boolean[tags.length];
        boolean any = false;
        for (int t = 0; t < tags.length; t++) {
            for (int script : scripts[t]) {
                possible[t] |= seen.contains(script);
            }
            any |= possible[t];
        }
        if (!any) {
            Arrays.fill(possible, true);
        }
        return possible;
    }
}
