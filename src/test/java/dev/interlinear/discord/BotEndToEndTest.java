package dev.interlinear.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.config.DiscordSettings;
import dev.interlinear.discord.fake.FakeDiscord;
import dev.interlinear.discord.fake.FakeInteraction;
import dev.interlinear.discord.fake.RecordedRequest;
import dev.interlinear.serving.Health;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The bot, with the real JDA, against the fake Discord on 127.0.0.1: what it sends is asserted on the JSON
 * the fake recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class BotEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private BotAgainstFake running;
    private List<Throwable> failedRequests;
    private SampleCorpus sample;
    private FakeDiscord fake;
    private DiscordBot bot;
    private RecordedRequest registration;

    @BeforeAll
    void startTheBotAgainstTheFake() throws Exception {
        running = BotAgainstFake.start(WAIT);
        failedRequests = running.failedRequests;
        sample = running.sample;
        fake = running.fake;
        bot = running.bot;
        registration = running.registration;
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (bot.shards().getGuildById(fake.guildId()) == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(bot.shards().getGuildById(fake.guildId()))
                .as("guild loaded by JDA")
                .isNotNull();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        fake.clearRequests();
    }

    @AfterEach
    void noRequestFailed() {
        assertThat(failedRequests).as("REST requests that failed").isEmpty();
        assertThat(fake.unexpectedRequests())
                .as("requests the fake does not know")
                .isEmpty();
    }

    @AfterAll
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void givenStartup_whenShardZeroIsReady_thenTheCommandsAreRegisteredWithLocalisations() {
        RecordedRequest put = registration;

        JsonNode ask = find(put.body(), "ask");
        assertThat(ask.path("name_localizations").path("de").asText()).isEqualTo("fragen");
        assertThat(ask.path("name_localizations").path("pt-BR").asText()).isEqualTo("perguntar");
        assertThat(ask.path("description_localizations").path("fr").asText())
                .isEqualTo("Posez une question aux articles");
        assertThat(ask.path("options")
                        .get(0)
                        .path("name_localizations")
                        .path("es-ES")
                        .asText())
                .isEqualTo("pregunta");
        assertThat(find(put.body(), "sources")
                        .path("name_localizations")
                        .path("de")
                        .asText())
                .isEqualTo("quellen");
        assertThat(find(put.body(), "fact")
                        .path("name_localizations")
                        .path("pt-BR")
                        .asText())
                .isEqualTo("fato");
        assertThat(find(put.body(), "quote")
                        .path("options")
                        .get(0)
                        .path("autocomplete")
                        .asBoolean())
                .isTrue();
        assertThat(find(put.body(), "discrepancies")
                        .path("name_localizations")
                        .path("fr")
                        .asText())
                .isEqualTo("divergences");
    }

    @Test
    void givenAGermanMention_whenAsked_thenTheBotRepliesInGermanWithTheSentenceLinkAndNoPings() {
        String question = fake.sendGuildMessageMentioningBot(
                fake.human(), "Mit wem hat OpenAI einen Vertrag über 300 Milliarden unterzeichnet?");

        fake.awaitRequest("POST", "channels/" + fake.textChannelId() + "/typing", WAIT);
        RecordedRequest reply = fake.awaitMessageIn(fake.textChannelId(), WAIT);
        JsonNode body = reply.body();
        System.out.println("German mention reply: " + body);
        assertThat(body.path("message_reference").path("message_id").asText()).isEqualTo(question);
        JsonNode embed = body.path("embeds").get(0);
        assertThat(embed.path("description").asText())
                .contains("**Kürzlich hat OpenAI einen Vertrag über 300 Milliarden");
        assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("Quellsatz");
        assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(body.path("allowed_mentions").path("replied_user").asBoolean(true))
                .isFalse();
        JsonNode buttons = body.path("components").get(0).path("components");
        assertThat(buttons.get(0).path("url").asText())
                .matches("http://localhost:8080/articles/openai-compute/de#s\\d+");
        assertThat(buttons.get(1).path("custom_id").asText()).startsWith("ask:tr:openai-compute:de:");
        assertThat(buttons.get(2).path("custom_id").asText()).isEqualTo("ask:next:1");
    }

    @Test
    void givenAPortugueseDirectMessage_whenAsked_thenTheReplyIsPortugueseInTheDm() {
        String dm = fake.dmChannelId(fake.human());
        fake.sendDirectMessage(fake.human(), "Quanto custa 1GW de poder computacional?");

        JsonNode body = fake.awaitMessageIn(dm, WAIT).body();
        JsonNode embed = body.path("embeds").get(0);
        assertThat(embed.path("description").asText()).contains("**Recentemente, a OpenAI assinou");
        assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("Frase de origem");
    }

    @Test
    void givenAskWithLocalePtBr_whenAShortQuestionIsAsked_thenTheLocaleDecidesAndTheAnswerIsDeferredThenEdited() {
        FakeInteraction ask = fake.sendSlashCommand("ask", Map.of("question", "Oracle?"), "pt-BR", true);

        RecordedRequest callback = fake.awaitCallback(ask, WAIT);
        assertThat(callback.body().path("type").asInt()).isEqualTo(5); // deferred channel message
        assertThat(callback.body().path("data").path("flags").asInt(0) & 64).isZero();
        RecordedRequest edit = fake.awaitRequest(
                "PATCH", "webhooks/" + fake.applicationId() + "/" + ask.token() + "/messages/@original", WAIT);
        System.out.println("/ask pt-BR reply: " + edit.body());
        JsonNode embed = edit.body().path("embeds").get(0);
        assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("Frase de origem");
        assertThat(embed.path("description").asText()).contains("Oracle");
        assertThat(edit.body().path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    void givenAskPrivate_whenAsked_thenTheDeferralIsEphemeral() {
        FakeInteraction ask =
                fake.sendSlashCommand("ask", Map.of("question", "Was äußerte C.C. Wei?", "private", true), "de", true);

        RecordedRequest callback = fake.awaitCallback(ask, WAIT);
        assertThat(callback.body().path("type").asInt()).isEqualTo(5);
        assertThat(callback.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        RecordedRequest edit = fake.awaitRequest("PATCH", "webhooks/.*/" + ask.token() + "/messages/@original", WAIT);
        assertThat(edit.body().path("embeds").get(0).path("description").asText())
                .contains("Altman ist zu aggressiv");
    }

    @Test
    void givenAnAnswer_whenOtherTranslationsIsClicked_thenAPrivateReplyQuotesTheAlignedSentence() {
        fake.sendGuildMessageMentioningBot(fake.human(), "Was äußerte C.C. Wei?");
        RecordedRequest reply = fake.awaitMessageIn(fake.textChannelId(), WAIT);
        String customId = reply.body()
                .path("components")
                .get(0)
                .path("components")
                .get(1)
                .path("custom_id")
                .asText();

        FakeInteraction click = fake.clickButton(reply.response(), customId, "de");

        RecordedRequest callback = fake.awaitCallback(click, WAIT);
        assertThat(callback.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        RecordedRequest followUp = fake.awaitRequest("POST", "webhooks/.*/" + click.token(), WAIT);
        JsonNode field = followUp.body().path("embeds").get(0).path("fields").get(0);
        assertThat(field.path("name").asText()).contains("pt");
        assertThat(field.path("value").asText())
                .contains("Altman é muito agressivo")
                .contains("/articles/openai-compute/pt#s");
    }

    @Test
    void givenAnAnswer_whenAnotherAnswerIsClicked_thenTheNextBestSentenceComesPrivately() {
        fake.sendGuildMessageMentioningBot(fake.human(), "Was sagte Jensen Huang?");
        RecordedRequest reply = fake.awaitMessageIn(fake.textChannelId(), WAIT);
        String first = reply.body()
                .path("embeds")
                .get(0)
                .path("fields")
                .get(0)
                .path("value")
                .asText();
        String customId = reply.body()
                .path("components")
                .get(0)
                .path("components")
                .get(2)
                .path("custom_id")
                .asText();
        assertThat(customId).isEqualTo("ask:next:1");

        FakeInteraction click = fake.clickButton(reply.response(), customId, "de");

        RecordedRequest followUp = fake.awaitRequest("POST", "webhooks/.*/" + click.token(), WAIT);
        JsonNode embed = followUp.body().path("embeds").get(0);
        assertThat(embed.path("fields").get(0).path("value").asText()).isNotEqualTo(first);
        assertThat(followUp.body()
                        .path("components")
                        .get(0)
                        .path("components")
                        .get(2)
                        .path("custom_id")
                        .asText())
                .isEqualTo("ask:next:2");
    }

    @Test
    void givenSources_whenRun_thenTheArticlesAndTranslationsAreListed() {
        FakeInteraction sources = fake.sendSlashCommand("sources", Map.of(), "en-US", true);

        RecordedRequest callback = fake.awaitCallback(sources, WAIT);
        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        String description = callback.body()
                .path("data")
                .path("embeds")
                .get(0)
                .path("description")
                .asText();
        assertThat(description)
                .contains("openai-compute")
                .contains("Deutsch (de)")
                .contains("Português (pt)")
                .contains("/articles/openai-compute/de");
    }

    @Test
    void givenAQuestionWithEveryone_whenAnswered_thenTheReplyAllowsNoMentions() {
        fake.sendGuildMessageMentioningBot(fake.human(), "@everyone Was äußerte C.C. Wei? <@&123>");

        JsonNode body = fake.awaitMessageIn(fake.textChannelId(), WAIT).body();
        assertThat(body.path("allowed_mentions").isObject()).isTrue();
        assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(body.path("allowed_mentions").path("users")).isEmpty();
        assertThat(body.path("allowed_mentions").path("roles")).isEmpty();
        assertThat(body.path("embeds").get(0).path("footer").path("text").asText())
                .contains("@everyone");
    }

    @Test
    void givenAMessageFromAnotherBot_whenItMentionsTheBot_thenNoReply() {
        fake.sendGuildMessageMentioningBot(fake.otherBot(), "Was äußerte C.C. Wei?");

        fake.assertNoRequest(r -> r.is("POST", "channels/.*/messages"), Duration.ofSeconds(2));
    }

    @Test
    void givenAnAnswerChannel_whenAMessageIsNoQuestion_thenNoReply() {
        fake.sendGuildMessage(fake.human(), "Guten Morgen zusammen, schönes Wetter heute.");

        fake.assertNoRequest(r -> r.is("POST", "channels/.*/messages"), Duration.ofSeconds(2));
    }

    @Test
    void givenAnAnswerChannel_whenAQuestionIsAskedWithoutMention_thenItIsAnswered() {
        String question = fake.sendGuildMessage(fake.human(), "Was hat OpenAI gestern Abend mit AMD unterzeichnet?");

        JsonNode body = fake.awaitMessageIn(fake.textChannelId(), WAIT).body();
        assertThat(body.path("message_reference").path("message_id").asText()).isEqualTo(question);
        assertThat(body.path("embeds").get(0).path("description").asText()).contains("**Gestern Abend hat OpenAI");
    }

    @Test
    void givenAReplyToTheBotsAnswer_whenSent_thenItIsAnsweredAsAFollowUp() {
        fake.sendGuildMessageMentioningBot(fake.human(), "Was äußerte C.C. Wei?");
        RecordedRequest answer = fake.awaitMessageIn(fake.textChannelId(), WAIT);
        fake.clearRequests();

        String followUp = fake.sendGuildReply(
                fake.human(),
                "Und was hat OpenAI mit AMD unterzeichnet?",
                answer.response().path("id").asText());

        JsonNode body = fake.awaitMessageIn(fake.textChannelId(), WAIT).body();
        assertThat(body.path("message_reference").path("message_id").asText()).isEqualTo(followUp);
        assertThat(body.path("embeds").get(0).path("description").asText()).contains("AMD");
    }

    @Test
    void givenAQuestionTheArticlesDoNotAnswer_whenAsked_thenTheReplySaysSoAndPointsToSources() {
        fake.sendGuildMessageMentioningBot(fake.human(), "Wie koche ich Spaghetti Carbonara?");

        JsonNode body = fake.awaitMessageIn(fake.textChannelId(), WAIT).body();
        assertThat(body.path("embeds").get(0).path("description").asText())
                .contains("beantworten diese Frage nicht")
                .contains("/sources");
    }

    @Test
    void givenFact_whenAskedAboutMoneyInPortuguese_thenTheFiguresComeWithTheirSentencesAndLinks() {
        FakeInteraction fact = fake.sendSlashCommand("fact", Map.of("topic", "MONEY"), "pt-BR", true);

        JsonNode data = fake.awaitCallback(fact, WAIT).body().path("data");
        JsonNode embed = data.path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Fatos sobre valores em dinheiro");
        assertThat(embed.path("description").asText())
                .contains("**7 trilhões de dólares**")
                .contains("**300 bilhões de dólares**")
                .contains("/articles/openai-compute/pt#s1");
        assertThat(data.path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    void givenFactAboutAnOrganisation_whenAsked_thenItsFiguresAreListed() {
        FakeInteraction fact = fake.sendSlashCommand("fact", Map.of("topic", "AMD"), "de", true);

        String description = fake.awaitCallback(fact, WAIT)
                .body()
                .path("data")
                .path("embeds")
                .get(0)
                .path("description")
                .asText();
        assertThat(description).contains("**6 GW**").contains("/articles/openai-compute/de#s7");
    }

    @Test
    void givenQuote_whenAskedForAPerson_thenWhatTheySaidComesWithTheLink() {
        FakeInteraction quote = fake.sendSlashCommand("quote", Map.of("person", "C.C. Wei"), "de", true);

        JsonNode embed = fake.awaitCallback(quote, WAIT)
                .body()
                .path("data")
                .path("embeds")
                .get(0);
        assertThat(embed.path("title").asText()).contains("C.C. Wei");
        assertThat(embed.path("description").asText())
                .contains("Altman ist zu aggressiv")
                .contains("/articles/openai-compute/de#s4");
    }

    @Test
    void givenNumbers_whenAskedForAnArticle_thenItsFiguresAreACompactList() {
        FakeInteraction numbers = fake.sendSlashCommand("numbers", Map.of("article", "openai-compute"), "en-US", true);

        String description = fake.awaitCallback(numbers, WAIT)
                .body()
                .path("data")
                .path("embeds")
                .get(0)
                .path("description")
                .asText();
        assertThat(description).contains("**10 GW**").contains("**2026**").contains("Zehnfache");
        assertThat(description.length()).isLessThanOrEqualTo(4096);
    }

    @Test
    void givenDiscrepancies_whenAsked_thenBothSidesAreQuotedAndLinked() {
        FakeInteraction discrepancies = fake.sendSlashCommand("discrepancies", Map.of(), "de", true);

        JsonNode fields = fake.awaitCallback(discrepancies, WAIT)
                .body()
                .path("data")
                .path("embeds")
                .get(0)
                .path("fields");
        assertThat(fields).hasSize(1);
        assertThat(fields.get(0).path("value").asText())
                .contains("700 Milliarden US-Dollar")
                .contains("7 trilhões de dólares")
                .contains("/articles/openai-compute/de#s1")
                .contains("/articles/openai-compute/pt#s1");
    }

    @Test
    void givenAutocomplete_whenTypingAName_thenChoicesMatchWithinDiscordsLimits() {
        FakeInteraction typing =
                fake.sendAutocomplete(fake.human(), "fact", Map.of("topic", "nv"), "topic", "de", true);

        JsonNode callback = fake.awaitCallback(typing, WAIT).body();
        assertThat(callback.path("type").asInt()).isEqualTo(8);
        JsonNode choices = callback.path("data").path("choices");
        assertThat(choices.size()).isBetween(1, 25);
        assertThat(choices.get(0).path("value").asText()).isEqualTo("NVIDIA");
        choices.forEach(c -> assertThat(c.path("name").asText().length()).isLessThanOrEqualTo(100));
    }

    @Test
    void givenAutocomplete_whenTypingAKindInGerman_thenTheLocalisedKindIsOffered() {
        FakeInteraction typing =
                fake.sendAutocomplete(fake.human(), "fact", Map.of("topic", "geld"), "topic", "de", true);

        JsonNode choices = fake.awaitCallback(typing, WAIT).body().path("data").path("choices");
        assertThat(choices.get(0).path("name").asText()).isEqualTo("Geldbeträge");
        assertThat(choices.get(0).path("value").asText()).isEqualTo("MONEY");
    }

    @Test
    void givenAnAnswerWhoseFigureDiffers_whenShown_thenALineNamesTheOtherTranslationsFigure() {
        fake.sendGuildMessageMentioningBot(fake.human(), "Wie viele US-Dollar wollte Sam für Chips?");

        JsonNode fields = fake.awaitMessageIn(fake.textChannelId(), WAIT)
                .body()
                .path("embeds")
                .get(0)
                .path("fields");
        assertThat(fields.toString()).contains("7 trilhões de dólares").contains("700 Milliarden US-Dollar");
    }

    @Test
    void givenAWrongToken_whenTheBotStarts_thenDiscordsRefusalComesAsInvalidTokenAndHealthSaysSo() {
        DiscordSettings settings = new DiscordSettings(
                Optional.of(fake.apiUrl()), -1, Optional.empty(), List.of(), Optional.empty(), 0, true);
        Health health = new Health();
        String wrongToken = TestTokens.discordShaped();

        assertThatThrownBy(() -> DiscordBot.start(wrongToken, settings, sample.served(), List.of("en"), health))
                .isInstanceOf(InvalidTokenException.class);
        assertThat(health.parts()).singleElement().satisfies(part -> {
            assertThat(part.name()).isEqualTo(Health.DISCORD);
            assertThat(part.state()).isEqualTo(Health.State.DOWN);
            assertThat(part.essential()).isTrue();
            assertThat(part.detail())
                    .isEqualTo("Discord rejected the token in DISCORD_TOKEN")
                    .doesNotContain(wrongToken.substring(wrongToken.lastIndexOf('.') + 1));
        });
        assertThat(health.overall()).isEqualTo(Health.Overall.UNAVAILABLE);
    }

    private static JsonNode find(JsonNode commands, String name) {
        for (JsonNode c : commands) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no command " + name + " in " + commands);
    }
}
