package dev.interlinear.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.interlinear.HostileText;
import dev.interlinear.SharedSample;
import dev.interlinear.answer.AlignedSentence;
import dev.interlinear.answer.Alternative;
import dev.interlinear.answer.Answer;
import dev.interlinear.answer.AnswerResult;
import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.answer.DiscrepancyNote;
import dev.interlinear.answer.DiscrepancyView;
import dev.interlinear.answer.FactLine;
import dev.interlinear.answer.InvalidQuestionException;
import dev.interlinear.answer.Source;
import dev.interlinear.discord.ask.AnswerRenderer;
import dev.interlinear.discord.ask.FailureText;
import dev.interlinear.discord.facts.DiscrepanciesSlashCommand;
import dev.interlinear.discord.facts.FactsSlashCommand;
import dev.interlinear.discord.sources.SourcesSlashCommand;
import dev.interlinear.facts.FactKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the articles, questions and facts hold, every message the bot renders keeps to Discord's limits
 * (see {@link DiscordLimitsCheck}) and pings nobody. Generated: answers with huge, hostile or empty texts, long
 * links (some over Discord's 512), up to 30 translations; sources, facts and discrepancies by the dozen.
 */
class RenderLimitsPropertiesTest {

    private final BotText text = new BotText();
    private final AnswerRenderer renderer = new AnswerRenderer(text);
    private final FailureText failures = new FailureText(text);

    @Property(tries = 250)
    void givenAnyAnswer_whenRendered_thenTheMessageKeepsToDiscordsLimits(
            @ForAll("results") AnswerResult result,
            @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE - 1) int nextRank) {
        // WHEN rendered (must not throw: JDA refuses to build an embed over the limits)
        MessageCreateData data = renderer.render(result, nextRank);
        // THEN
        DiscordLimitsCheck.assertWithinLimits(data);
        assertThat(data.getEmbeds()).hasSize(1);
    }

    @Property(tries = 150)
    void givenAnyQuestion_whenAskedOnDiscord_thenAReplyWithinLimitsOrARefusalInTheAskersLanguage(
            @ForAll("questions") String question, @ForAll("languages") String userLocale) {
        AnswerService service = SharedSample.get().service();
        MessageCreateData reply;
        try {
            // WHEN asked as /ask does it, and rendered
            AnswerResult result =
                    service.ask(new AskRequest(question, Optional.empty(), Optional.of(userLocale), Optional.empty()));
            reply = renderer.render(result);
            // THEN an answer keeps its whole question in the footer, where "Another answer" reads it back
            if (result.answered()) {
                assertThat(reply.getEmbeds().get(0).getFooter().getText()).isEqualTo(result.question());
            }
            Statistics.label("reply")
                    .collect(
                            !result.answered()
                                    ? "declined"
                                    : result.question().length() > 1_000 ? "answered, long question" : "answered");
        } catch (InvalidQuestionException refused) {
            // THEN a refusal the asker can read: the bot's own words in the reply language, not the English message
            String lang = refused.language().orElseThrow();
            String notice = failures.describe(new CompletionException(refused), userLocale, "property");
            assertThat(notice).startsWith(text.get(lang, "invalid", "")).doesNotContain("{");
            if (!lang.equals("en")) {
                assertThat(notice).doesNotContain(refused.getMessage());
            }
            reply = BotMessages.notice(notice);
            Statistics.label("reply").collect("refused");
        }
        DiscordLimitsCheck.assertWithinLimits(reply);
    }

    @Example
    void givenAGermanQuestionTooLongForTheBot_whenAskedOnDiscord_thenTheRefusalIsGermanWithTheFigures() {
        String question = HostileText.repeat("Wie viel hat OpenAI mit Oracle vereinbart? ", 5000);

        InvalidQuestionException refused = catchThrowableOfType(
                InvalidQuestionException.class,
                () -> SharedSample.get()
                        .service()
                        .ask(new AskRequest(question, Optional.empty(), Optional.of("en-US"), Optional.empty())));
        String notice = failures.describe(new CompletionException(refused), "en-US", "example");

        assertThat(notice)
                .isEqualTo("Das kann ich nicht nachschlagen: die Frage ist zu lang (5.000 Zeichen; höchstens 2.000).");
    }

    @Property(tries = 100)
    void givenAnyAnswer_whenItsTranslationsAreRendered_thenTheMessageKeepsToDiscordsLimits(
            @ForAll("answers") Answer answer, @ForAll("languages") String lang) {
        DiscordLimitsCheck.assertWithinLimits(renderer.renderTranslations(answer, lang));
    }

    @Property(tries = 60)
    void givenAnySources_whenListed_thenTheMessageKeepsToDiscordsLimits(
            @ForAll("sources") List<Source> sources, @ForAll("languages") String lang) {
        DiscordLimitsCheck.assertWithinLimits(SourcesSlashCommand.render(sources, lang, text));
    }

    @Property(tries = 80)
    void givenAnyFacts_whenListed_thenTheMessageKeepsToDiscordsLimits(
            @ForAll("texts") String topic,
            @ForAll("factLines") List<FactLine> lines,
            @ForAll("languages") String lang) {
        // GIVEN the title the facts commands build from what the user typed
        String title = text.get(lang, "facts.title", topic);
        DiscordLimitsCheck.assertWithinLimits(FactsSlashCommand.renderFacts(title, lines, lang, text));
    }

    @Property(tries = 60)
    void givenAnyDiscrepancies_whenListed_thenTheMessageKeepsToDiscordsLimits(
            @ForAll("discrepancies") List<DiscrepancyView> list, @ForAll("languages") String lang) {
        DiscordLimitsCheck.assertWithinLimits(DiscrepanciesSlashCommand.render(list, lang, text));
    }

    @Property(tries = 100)
    void givenAnyNotice_whenRendered_thenTheMessageKeepsToDiscordsLimits(@ForAll("longTexts") String message) {
        DiscordLimitsCheck.assertWithinLimits(BotMessages.notice(message.isBlank() ? "." : message));
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<String> questions() {
        return HostileText.questions();
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of(
                "en",
                "de",
                "pt",
                "pt-BR",
                "es",
                "fr",
                "zh",
                "tlh",
                "xx",
                "",
                "de-XX-foo",
                "\u0000",
                "en_US",
                "x".repeat(300));
    }

    @Provide
    Arbitrary<String> texts() {
        return HostileText.text(20);
    }

    /** Mostly short hostile text, sometimes thousands of characters. */
    @Provide
    Arbitrary<String> longTexts() {
        return Arbitraries.frequencyOf(Tuple.of(3, HostileText.text(20)), Tuple.of(1, HostileText.repeated(1, 9000)));
    }

    @Provide
    Arbitrary<String> links() {
        Arbitrary<String> reader = Combinators.combine(
                        articleIds(), languages(), Arbitraries.integers().between(0, 1_000_000))
                .as((id, lang, n) -> "http://localhost:8080/articles/" + id + "/" + lang + "#s" + n);
        // Public URLs with a text fragment, of any length: some over Discord's 512 characters.
        Arbitrary<String> external = Combinators.combine(
                        Arbitraries.of("a", "%C3%A9", "-", "x.y/", "%20"),
                        Arbitraries.integers().between(0, 1400))
                .as((piece, length) ->
                        "https://example.org/" + HostileText.repeat(piece, length) + "#:~:text=" + piece);
        return Arbitraries.oneOf(reader, external);
    }

    @Provide
    Arbitrary<String> articleIds() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars("0123456789-")
                .ofMinLength(1)
                .ofMaxLength(150);
    }

    private record Head(
            String article,
            String title,
            String lang,
            Optional<String> textLang,
            int index,
            String sentence,
            List<String> context,
            String link) {}

    @Provide
    Arbitrary<Answer> answers() {
        Arbitrary<Head> head = Combinators.combine(
                        articleIds(),
                        longTexts(),
                        languages(),
                        languages().optional(),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        longTexts(),
                        longTexts().list().ofMinSize(0).ofMaxSize(2),
                        links())
                .as(Head::new);
        Arbitrary<AlignedSentence> aligned = Combinators.combine(
                        languages(), Arbitraries.integers().greaterOrEqual(0), longTexts(), links())
                .as(AlignedSentence::new);
        Arbitrary<DiscrepancyNote> discrepancy = Combinators.combine(
                        languages(), Arbitraries.integers().greaterOrEqual(0), longTexts(), longTexts(), links())
                .as(DiscrepancyNote::new);
        return Combinators.combine(
                        head,
                        links().optional(),
                        Arbitraries.doubles().between(0, 1),
                        aligned.list().ofMaxSize(30),
                        discrepancy.optional())
                .as((h, reader, score, translations, d) -> new Answer(
                        h.article(),
                        h.title(),
                        h.lang(),
                        h.textLang(),
                        h.index(),
                        h.sentence(),
                        h.context(),
                        h.link(),
                        reader,
                        score,
                        translations,
                        d));
    }

    @Provide
    Arbitrary<AnswerResult> results() {
        Arbitrary<Alternative> alternative = Combinators.combine(
                        articleIds(),
                        languages(),
                        Arbitraries.integers().greaterOrEqual(0),
                        longTexts(),
                        Arbitraries.doubles().between(0, 1),
                        links())
                .as(Alternative::new);
        Arbitrary<String> question = Arbitraries.oneOf(
                HostileText.text(20), HostileText.repeated(1, 4000)); // more than the core lets through
        return Combinators.combine(
                        question,
                        languages(),
                        Arbitraries.of(true, false),
                        answers().optional(),
                        alternative.list().ofMaxSize(5))
                .as((q, lang, fallback, answer, alternatives) ->
                        new AnswerResult(q, lang, answer.isPresent(), fallback, answer, alternatives));
    }

    @Provide
    Arbitrary<List<Source>> sources() {
        Arbitrary<Source> source = Combinators.combine(
                        articleIds(), languages(), longTexts(), links(), links().optional())
                .as(Source::new);
        return source.list().ofMaxSize(120);
    }

    @Provide
    Arbitrary<List<FactLine>> factLines() {
        List<String> kinds = new ArrayList<>();
        for (FactKind k : FactKind.values()) {
            kinds.add(k.name());
        }
        kinds.add("QUOTE");
        Arbitrary<FactLine> line = Combinators.combine(
                        articleIds(),
                        languages(),
                        Arbitraries.integers().greaterOrEqual(0),
                        Arbitraries.of(kinds),
                        longTexts(),
                        longTexts(),
                        links())
                .as(FactLine::new);
        return line.list().ofMaxSize(80);
    }

    @Provide
    Arbitrary<List<DiscrepancyView>> discrepancies() {
        Arbitrary<DiscrepancyView.Side> side = Combinators.combine(
                        languages(), Arbitraries.integers().greaterOrEqual(0), longTexts(), longTexts(), links())
                .as(DiscrepancyView.Side::new);
        Arbitrary<String> kind = Arbitraries.of(FactKind.values()).map(FactKind::name);
        return Combinators.combine(articleIds(), kind, side, side)
                .as(DiscrepancyView::new)
                .list()
                .ofMaxSize(60);
    }
}
