package dev.interlinear.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** The real JDA logs in to the {@link FakeDiscord} and talks to it as it would to Discord. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(30)
class FakeDiscordSmokeTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final List<Throwable> failedRequests = new CopyOnWriteArrayList<>();
    private Consumer<? super Throwable> previousDefaultFailure;
    private FakeDiscord fake;
    private ShardManager shards;

    @BeforeAll
    void connectJdaToTheFake() throws InterruptedException {
        previousDefaultFailure = RestAction.getDefaultFailure();
        RestAction.setDefaultFailure(failedRequests::add);
        fake = FakeDiscord.start();
        shards = build(fake, fake.token(), Compression.ZLIB);
        JDA jda = shards.getShardById(0);
        assertThat(jda).as("shard 0").isNotNull();
        jda.awaitReady();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (shards.getGuildById(fake.guildId()) == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(shards.getGuildById(fake.guildId()))
                .as("the fake guild, ready within 15 s (else JDA rejected GUILD_CREATE: run with JDA_LOG_LEVEL=DEBUG)")
                .isNotNull();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        fake.clearRequests();
    }

    @AfterEach
    void noRequestFailedAndNoneWasUnexpected() {
        assertThat(failedRequests).as("requests that failed in JDA").isEmpty();
        assertThat(fake.unexpectedRequests()).as("requests to unknown routes").isEmpty();
    }

    @AfterAll
    void shutDown() {
        try {
            if (shards != null) {
                shutDown(shards);
            }
        } finally {
            RestAction.setDefaultFailure(previousDefaultFailure);
            if (fake != null) {
                fake.close();
            }
        }
    }

    /** The builder settings the bot uses; JDA's default compression is ZLIB (zlib-stream). */
    private static ShardManager build(FakeDiscord discord, String token, Compression compression) {
        return DefaultShardManagerBuilder.createDefault(
                        token,
                        GatewayIntent.GUILD_MESSAGES,
                        GatewayIntent.DIRECT_MESSAGES,
                        GatewayIntent.MESSAGE_CONTENT)
                .setRestConfig(new RestConfig().setBaseUrl(discord.apiUrl()))
                .setCompression(compression)
                .setShardsTotal(1)
                .addEventListeners(new SmokeListener())
                .build();
    }

    private static void shutDown(ShardManager manager) {
        List<JDA> jdas = List.copyOf(manager.getShards());
        jdas.forEach(JDA::shutdownNow);
        manager.shutdown();
        for (JDA jda : jdas) {
            try {
                jda.awaitShutdown(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---------------------------------------------------------------- tests

    @Test
    void givenAGuildMessagePing_whenTheBotAnswers_thenItPostsPongAsAReplyInTheChannel() {
        String ping = fake.sendGuildMessage(fake.human(), "ping");

        RecordedRequest post = fake.awaitReplyTo(ping, WAIT);

        assertThat(post.path()).isEqualTo("channels/" + fake.textChannelId() + "/messages");
        assertThat(post.bodyText("content")).isEqualTo("pong");
        assertThat(post.response().path("referenced_message").path("id").asText())
                .isEqualTo(ping);
    }

    @Test
    void givenAMessageMentioningTheBot_whenReceived_thenJdaSeesTheMention() {
        String message = fake.sendGuildMessageMentioningBot(fake.human(), "what is new?");

        assertThat(fake.awaitReplyTo(message, WAIT).bodyText("content")).isEqualTo("mentioned: what is new?");
    }

    @Test
    void givenAReplyToOneOfTheBotsMessages_whenReceived_thenJdaSeesTheReferencedBotMessage() {
        String ping = fake.sendGuildMessage(fake.human(), "ping");
        String pong = fake.awaitReplyTo(ping, WAIT).response().path("id").asText();

        String reply = fake.sendGuildReply(fake.human(), "and then?", pong);

        assertThat(fake.awaitReplyTo(reply, WAIT).bodyText("content")).isEqualTo("you replied to: pong");
    }

    @Test
    void givenADirectMessage_whenTheBotAnswers_thenItPostsToTheDmChannel() {
        fake.sendDirectMessage(fake.human(), "hello there");

        RecordedRequest post = fake.awaitMessageIn(fake.dmChannelId(fake.human()), WAIT);

        assertThat(post.bodyText("content")).isEqualTo("dm:hello there");
    }

    @Test
    void givenAMessageFromAnotherBot_whenReceived_thenTheBotStaysSilent() {
        fake.sendGuildMessage(fake.otherBot(), "ping");

        fake.assertNoRequest(RecordedRequest.matching("POST", "channels/.*"), Duration.ofMillis(300));
    }

    @Test
    void givenASlashCommandInAGuild_whenTheBotRepliesEphemerally_thenTheCallbackIsType4WithFlags64() {
        FakeInteraction interaction = fake.sendSlashCommand("ask", Map.of("question", "Wer?"), "pt-BR", true);

        RecordedRequest callback = fake.awaitCallback(interaction, WAIT);

        assertThat(callback.query()).isEqualTo("with_response=true");
        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        assertThat(callback.body().path("data").path("content").asText()).isEqualTo("ok pt-BR Wer?");
        assertThat(callback.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
    }

    @Test
    void givenASlashCommandInADm_whenTheBotReplies_thenTheCallbackIsType4() {
        FakeInteraction interaction = fake.sendSlashCommand("ask", Map.of("question", "Who?"), "en-US", false);

        RecordedRequest callback = fake.awaitCallback(interaction, WAIT);

        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        assertThat(callback.body().path("data").path("content").asText()).isEqualTo("ok en-US Who?");
    }

    @Test
    void givenASlashCommand_whenTheBotDefersThenEditsAndFollowsUp_thenTheHookRequestsReachTheWebhook() {
        FakeInteraction interaction = fake.sendSlashCommand("later", Map.of(), "de", true);

        RecordedRequest callback = fake.awaitCallback(interaction, WAIT);
        RecordedRequest edit = fake.awaitRequest(
                "PATCH", Pattern.quote(interaction.webhookPath(fake.applicationId()) + "/messages/@original"), WAIT);
        RecordedRequest followUp =
                fake.awaitRequest("POST", Pattern.quote(interaction.webhookPath(fake.applicationId())), WAIT);

        assertThat(callback.body().path("type").asInt()).isEqualTo(5);
        assertThat(callback.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(edit.bodyText("content")).isEqualTo("done");
        assertThat(edit.response().path("flags").asInt()).isEqualTo(64);
        assertThat(followUp.bodyText("content")).isEqualTo("follow-up");
    }

    @Test
    void givenAButtonOnABotMessage_whenClicked_thenTheBotDefersTheEditAndEditsTheOriginal() {
        fake.sendGuildMessage(fake.human(), "buttons");
        JsonNode withButton = fake.awaitMessageIn(fake.textChannelId(), WAIT).response();

        FakeInteraction click = fake.clickButton(withButton, "smoke:click", "de");

        assertThat(fake.awaitCallback(click, WAIT).body().path("type").asInt()).isEqualTo(6);
        RecordedRequest edit = fake.awaitRequest(
                "PATCH", Pattern.quote(click.webhookPath(fake.applicationId()) + "/messages/@original"), WAIT);
        assertThat(edit.bodyText("content")).isEqualTo("clicked by de");
        assertThat(edit.response().path("id").asText())
                .isEqualTo(withButton.path("id").asText());
    }

    @Test
    void givenAnAutocomplete_whenTheBotSuggests_thenTheCallbackIsType8WithChoices() {
        FakeInteraction interaction =
                fake.sendAutocomplete(fake.human(), "ask", Map.of("question", "Wh"), "question", "en-US", true);

        RecordedRequest callback = fake.awaitCallback(interaction, WAIT);

        assertThat(callback.body().path("type").asInt()).isEqualTo(8);
        assertThat(callback.body()
                        .path("data")
                        .path("choices")
                        .get(0)
                        .path("value")
                        .asText())
                .isEqualTo("Wh?");
    }

    @Test
    void givenACommandWithAGermanName_whenUpsertedAndReplaced_thenTheBodiesCarryTheLocalisation() {
        JDA jda = shards.getShardById(0);
        var command = Commands.slash("ask", "Ask a question")
                .setNameLocalization(DiscordLocale.GERMAN, "fragen")
                .addOption(
                        net.dv8tion.jda.api.interactions.commands.OptionType.STRING,
                        "question",
                        "The question",
                        true,
                        true);

        var upserted = jda.upsertCommand(command).complete();
        jda.updateCommands().addCommands(command).complete();

        RecordedRequest post = fake.awaitRequest("POST", "applications/" + fake.applicationId() + "/commands", WAIT);
        assertThat(post.body().path("name_localizations").path("de").asText()).isEqualTo("fragen");
        RecordedRequest put = fake.awaitRequest("PUT", "applications/" + fake.applicationId() + "/commands", WAIT);
        assertThat(put.body().get(0).path("name_localizations").path("de").asText())
                .isEqualTo("fragen");
        assertThat(upserted.getNameLocalizations().get(DiscordLocale.GERMAN)).isEqualTo("fragen");
    }

    @Test
    void givenAWrongToken_whenJdaLogsIn_thenBuildFailsWithInvalidTokenException() {
        assertThatThrownBy(() -> shutDown(build(fake, "not-" + fake.token(), Compression.ZLIB)))
                .isInstanceOf(InvalidTokenException.class);
        assertThat(fake.requests()).anyMatch(r -> r.status() == 401);
    }

    @Test
    void givenNoGatewayCompression_whenJdaConnects_thenTheGuildIsReadyToo() throws InterruptedException {
        try (FakeDiscord plain = FakeDiscord.start()) {
            ShardManager manager = build(plain, plain.token(), Compression.NONE);
            try {
                manager.getShardById(0).awaitReady();
                assertThat(manager.getGuildById(plain.guildId())).isNotNull();
                assertThat(plain.gatewayPayloads()).isNotEmpty();
            } finally {
                shutDown(manager);
            }
        }
    }

    @Test
    void givenAReconnectRequest_whenJdaResumes_thenEventsSentMeanwhileStillArrive() {
        int resumes = fake.resumeCount();
        fake.requestReconnect();

        String ping = fake.sendGuildMessage(fake.human(), "ping");

        assertThat(fake.awaitReplyTo(ping, WAIT).bodyText("content")).isEqualTo("pong");
        assertThat(fake.resumeCount()).isEqualTo(resumes + 1);
    }

    @Test
    void givenAnInvalidatedSession_whenJdaReconnects_thenItIdentifiesAgainAndEventsStillArrive() {
        int identifies = fake.identifyCount();
        fake.invalidateSession();
        fake.requestReconnect();

        String ping = fake.sendGuildMessage(fake.human(), "ping");

        assertThat(fake.awaitReplyTo(ping, Duration.ofSeconds(15)).bodyText("content"))
                .isEqualTo("pong");
        assertThat(fake.identifyCount()).isEqualTo(identifies + 1);
    }

    /** A tiny bot: just enough to exercise each kind of request. */
    private static final class SmokeListener extends ListenerAdapter {

        @Override
        public void onMessageReceived(MessageReceivedEvent event) {
            if (event.getAuthor().isBot()) {
                return;
            }
            String content = event.getMessage().getContentRaw();
            Message referenced = event.getMessage().getReferencedMessage();
            if (referenced != null
                    && referenced.getAuthor().equals(event.getJDA().getSelfUser())) {
                // a reply pings its author by default, so the bot counts as mentioned too: check replies first
                event.getMessage()
                        .reply("you replied to: " + referenced.getContentRaw())
                        .queue();
            } else if (event.getMessage()
                    .getMentions()
                    .isMentioned(event.getJDA().getSelfUser())) {
                event.getMessage()
                        .reply("mentioned: " + content.substring(content.indexOf('>') + 2))
                        .queue();
            } else if (!event.isFromGuild()) {
                event.getChannel().sendMessage("dm:" + content).queue();
            } else if (content.equals("ping")) {
                event.getMessage().reply("pong").queue();
            } else if (content.equals("buttons")) {
                event.getChannel()
                        .sendMessage("choose")
                        .setComponents(ActionRow.of(Button.primary("smoke:click", "Click")))
                        .queue();
            }
        }

        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            if (event.getName().equals("later")) {
                event.deferReply(true).queue();
                event.getHook().editOriginal("done").queue();
                event.getHook().sendMessage("follow-up").queue();
                return;
            }
            String question = event.getOption("question", "", o -> o.getAsString());
            event.reply("ok " + event.getUserLocale().getLocale() + " " + question)
                    .setEphemeral(true)
                    .queue();
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            String typed = event.getFocusedOption().getValue();
            event.replyChoice(typed + "?", typed + "?").queue();
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            event.deferEdit().queue();
            event.getHook()
                    .editOriginal("clicked by " + event.getUserLocale().getLocale())
                    .queue();
        }
    }
}
