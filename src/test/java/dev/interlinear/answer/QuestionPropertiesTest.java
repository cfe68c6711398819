package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.HostileText;
import dev.interlinear.SharedSample;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.config.AnswerSettings;
import dev.interlinear.facts.FactKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Bad input to the core, on the sample articles: whatever the question (arbitrary Unicode, Lucene syntax, Discord
 * markdown and mentions, digits or punctuation only, 0 to 200 000 characters) and whatever the language hints,
 * the answer service gives an answer or a clear refusal ({@link InvalidQuestionException}) and never takes long;
 * the facts lookups take any typed text.
 */
class QuestionPropertiesTest {

    /** The sample's languages plus the configured ones (SampleCorpus.settings). */
    private static final Set<String> SUPPORTED = Set.of("en", "de", "pt", "es", "fr");
    /** Far above what a question costs (milliseconds); only a pathological case gets near it. */
    private static final Duration SLOW = Duration.ofSeconds(3);
    /** A refusal of a huge question must not look at more than its start. */
    private static final Duration REFUSAL = Duration.ofSeconds(1);

    private static AnswerService service;
    private static FactsService facts;

    @BeforeContainer
    static void openSample() {
        SampleCorpus sample = SharedSample.get();
        service = sample.service();
        facts = sample.app().factsService(sample.index());
    }

    @Property(tries = 300)
    void givenAnyQuestion_whenAsked_thenAnAnswerOrAClearRefusal(
            @ForAll("questions") String question,
            @ForAll("hints") Optional<String> userLocale,
            @ForAll("hints") Optional<String> serverLocale) {
        AskRequest request = new AskRequest(question, Optional.empty(), userLocale, serverLocale);

        Outcome outcome = ask(request);

        assertThat(outcome.took()).as("time to answer").isLessThan(SLOW);
        outcome.result().ifPresent(QuestionPropertiesTest::assertSound);
        outcome.refusal().ifPresent(QuestionPropertiesTest::assertClear);
        // Every kind of outcome must really occur, or the property says little.
        Statistics.label("outcome")
                .collect(outcome.result()
                        .map(r -> r.answered() ? "answered" : "declined")
                        .orElseGet(() -> "refused " + outcome.refusal().get().reason()));
        Statistics.label("outcome").coverage(c -> {
            c.check("answered").count(n -> n > 0);
            c.check("declined").count(n -> n > 0);
            c.check("refused " + InvalidQuestionException.Reason.TOO_LONG).count(n -> n > 0);
            c.check("refused " + InvalidQuestionException.Reason.NO_WORDS).count(n -> n > 0);
        });
    }

    @Example
    void givenAFewVeryLongWords_whenAsked_thenTheyAreDeclinedWithoutError() {
        // Each unknown word is looked up by its letter n-grams: seven 250-letter words once made a query of more
        // clauses than Lucene accepts.
        Random random = new Random(1);
        List<String> words = new ArrayList<>();
        for (int w = 0; w < 7; w++) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < 250; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words.add(word.toString());
        }

        Outcome outcome = ask(AskRequest.of(String.join(" ", words)));

        assertThat(outcome.result())
                .hasValueSatisfying(r -> assertThat(r.answered()).isFalse());
    }

    @Property(tries = 40)
    void givenAHugeQuestion_whenAsked_thenItIsRefusedAtOnce(@ForAll("hugeQuestions") String question) {
        Outcome outcome = ask(AskRequest.of(question));

        // THEN refused (too long, or nothing but invisible characters), in well under a second
        assertThat(outcome.refusal()).as("a refusal").isPresent();
        assertClear(outcome.refusal().get());
        assertThat(outcome.refusal().get().reason())
                .isIn(InvalidQuestionException.Reason.TOO_LONG, InvalidQuestionException.Reason.EMPTY);
        assertThat(outcome.took()).as("time to refuse").isLessThan(REFUSAL);
    }

    @Property(tries = 150)
    void givenAnyLanguageChoice_whenAsked_thenItIsUsedOrRefusedClearly(
            @ForAll("shortQuestions") String question, @ForAll("hints") Optional<String> explicit) {
        Outcome outcome = ask(new AskRequest(question, explicit, Optional.empty(), Optional.empty()));

        outcome.result().ifPresent(r -> {
            assertSound(r);
            explicit.ifPresent(
                    lang -> assertThat(r.language()).isEqualTo(dev.interlinear.language.Languages.base(lang)));
        });
        outcome.refusal().ifPresent(QuestionPropertiesTest::assertClear);
    }

    @Property(tries = 100)
    void givenAnyChatMessage_whenCheckedForAQuestion_thenItAnswersQuickly(@ForAll("questionsOfAnyLength") String text) {
        long start = System.nanoTime();
        service.looksLikeQuestion(text);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SLOW);
    }

    @Property(tries = 150)
    void givenAnyTypedText_whenFactsAreLookedUp_thenListsComeBackWithoutException(
            @ForAll("typed") String typed, @ForAll("hints") Optional<String> lang) {
        String l = lang.orElse("");
        long start = System.nanoTime();
        // WHEN every lookup a facts command or its autocompletion makes is given the typed text
        List<List<?>> answers = List.of(
                facts.about(typed, l),
                facts.quotes(typed, l),
                facts.entities(typed),
                facts.speakers(typed),
                facts.articles(typed),
                facts.numbers(Optional.of(typed), Optional.empty(), l),
                facts.numbers(Optional.empty(), FactsService.kindNamed(typed), l),
                facts.discrepancies(Optional.of(typed)));
        // THEN lists (possibly empty), whose lines all carry a sentence link, and quickly
        assertThat(answers).allSatisfy(list -> assertThat(list).doesNotContainNull());
        assertThat(facts.about(typed, l))
                .allSatisfy(line -> assertThat(line.link()).startsWith("http"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SLOW);
        FactsService.kindNamed(typed).ifPresent(k -> assertThat(k.name()).isEqualToIgnoringCase(typed.strip()));
    }

    // ------------------------------------------------------------------ checks

    private record Outcome(Optional<AnswerResult> result, Optional<InvalidQuestionException> refusal, Duration took) {}

    /** Asks; anything but an answer or an {@link InvalidQuestionException} escapes and fails the property. */
    private static Outcome ask(AskRequest request) {
        long start = System.nanoTime();
        try {
            AnswerResult r = service.ask(request);
            return new Outcome(Optional.of(r), Optional.empty(), Duration.ofNanos(System.nanoTime() - start));
        } catch (InvalidQuestionException refused) {
            return new Outcome(Optional.empty(), Optional.of(refused), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static void assertSound(AnswerResult r) {
        assertThat(r.question())
                .isNotBlank()
                .hasSizeLessThanOrEqualTo(AnswerService.MAX_QUESTION_CHARS)
                .isEqualTo(r.question().strip());
        assertThat(r.question().codePoints().anyMatch(Character::isLetterOrDigit))
                .isTrue();
        assertThat(r.language()).isIn(SUPPORTED);
        assertThat(r.alternatives()).hasSizeLessThanOrEqualTo(AnswerSettings.DEFAULTS.alternatives());
        r.answer().ifPresent(a -> {
            assertThat(a.sentence()).isNotBlank();
            assertThat(a.score()).isBetween(AnswerSettings.DEFAULTS.minConfidence(), 1.0);
            assertThat(a.link()).startsWith("http");
        });
        assertThat(r.alternatives()).allSatisfy(alt -> assertThat(alt.score()).isBetween(0.0, 1.0));
    }

    private static void assertClear(InvalidQuestionException e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").hasSizeLessThan(300);
        assertThat(e.reason()).isNotNull();
        // THEN the front ends can say it in the language the answer would have been in
        assertThat(e.language()).hasValueSatisfying(lang -> assertThat(lang).isIn(SUPPORTED));
        if (e.reason() == InvalidQuestionException.Reason.TOO_LONG) {
            assertThat(e.arguments()).hasSize(2);
        }
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<String> questions() {
        return HostileText.questions();
    }

    @Provide
    Arbitrary<String> shortQuestions() {
        return HostileText.text(12);
    }

    @Provide
    Arbitrary<String> hugeQuestions() {
        return HostileText.repeated(AnswerService.MAX_QUESTION_CHARS * 4 + 1, 200_000);
    }

    @Provide
    Arbitrary<String> questionsOfAnyLength() {
        return Arbitraries.oneOf(HostileText.text(30), HostileText.repeated(0, 200_000));
    }

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, HostileText.text(10)),
                Tuple.of(
                        2,
                        Arbitraries.of(
                                "OpenAI",
                                "oracle",
                                "Sam Altman",
                                "C.C. Wei",
                                "money",
                                "POWER",
                                " date ",
                                "openai-compute",
                                "",
                                " ",
                                "ü",
                                "İ",
                                "ß",
                                "\u0000")),
                Tuple.of(1, Arbitraries.of(FactKind.values()).map(FactKind::name)),
                Tuple.of(1, HostileText.repeated(1, 6_000)));
    }

    /** Language choices and locales as front ends pass them, right or wrong. */
    @Provide
    Arbitrary<Optional<String>> hints() {
        return Arbitraries.oneOf(
                        Arbitraries.of(
                                "de",
                                "pt",
                                "pt-BR",
                                "en",
                                "en-US",
                                "es-419",
                                "fr",
                                "zh",
                                "tlh",
                                "xx",
                                "de-XX-foo",
                                "",
                                " ",
                                "und",
                                "pt_BR",
                                "EN",
                                "\u0000",
                                "😀",
                                "i-klingon",
                                "x".repeat(500)),
                        HostileText.text(3))
                .optional(0.7);
    }
}
