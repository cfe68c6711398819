package dev.interlinear.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.SampleCorpus;
import dev.interlinear.config.DiscordSettings;
import dev.interlinear.discord.fake.FakeDiscord;
import dev.interlinear.discord.fake.RecordedRequest;
import dev.interlinear.serving.Health;
import dev.interlinear.serving.ServedEdition;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.RestAction;

/**
 * The bot, with the real JDA, started against the fake Discord on 127.0.0.1 over the sample articles: the
 * guild's text channel is an answer channel (questions there need no mention) and there is no cooldown, so
 * that questions may follow each other. REST requests that fail in the bot are collected in
 * {@link #failedRequests}; what it reports of its connection, in {@link #health}. Closing stops the bot, the fake and the sample index.
 */
final class BotAgainstFake implements AutoCloseable {

    static final List<String> LANGUAGES = List.of("en", "de", "pt", "es", "fr");

    /** How the bot is started: with its own answer pool, or with one a test holds. */
    private interface Starter {
        DiscordBot start(String token, DiscordSettings settings, ServedEdition edition, Health health);
    }

    final List<Throwable> failedRequests = new CopyOnWriteArrayList<>();
    /** What the bot reports of its connection ({@link Health#DISCORD}). */
    final Health health = new Health();

    final SampleCorpus sample;
    final FakeDiscord fake;
    final DiscordBot bot;
    /** The registration of the slash commands, sent once shard 0 was ready. */
    final RecordedRequest registration;

    private final Consumer<? super Throwable> previousDefaultFailure;

    /** With the bot's own answer pool. */
    static BotAgainstFake start(Duration wait) throws Exception {
        return new BotAgainstFake(
                wait,
                (token, settings, edition, health) -> DiscordBot.start(token, settings, edition, LANGUAGES, health));
    }

    /** Answering on {@code pool}, for example one that holds answers back. */
    static BotAgainstFake start(Duration wait, ExecutorService pool) throws Exception {
        return new BotAgainstFake(
                wait,
                (token, settings, edition, health) ->
                        DiscordBot.start(token, settings, edition, LANGUAGES, health, pool));
    }

    private BotAgainstFake(Duration wait, Starter starter) throws Exception {
        previousDefaultFailure = RestAction.getDefaultFailure();
        RestAction.setDefaultFailure(failedRequests::add);
        SampleCorpus openedSample = null;
        FakeDiscord startedFake = null;
        DiscordBot startedBot = null;
        try {
            openedSample = SampleCorpus.open(SampleCorpus.ARTICLES, SharedData.DIR);
            startedFake = FakeDiscord.start();
            DiscordSettings settings = new DiscordSettings(
                    Optional.of(startedFake.apiUrl()),
                    -1,
                    Optional.empty(),
                    List.of(startedFake.textChannelId()),
                    Optional.empty(),
                    0,
                    true);
            startedBot = starter.start(startedFake.token(), settings, openedSample.served(), health);
            JDA jda = startedBot.shards().getShardById(0);
            assertThat(jda).isNotNull();
            jda.awaitReady();
            registration =
                    startedFake.awaitRequest("PUT", "applications/" + startedFake.applicationId() + "/commands", wait);
        } catch (Exception | AssertionError e) {
            closeAll(startedBot, startedFake, openedSample);
            RestAction.setDefaultFailure(previousDefaultFailure);
            throw e;
        }
        sample = openedSample;
        fake = startedFake;
        bot = startedBot;
    }

    @Override
    public void close() throws Exception {
        closeAll(bot, fake, sample);
        RestAction.setDefaultFailure(previousDefaultFailure);
    }

    private static void closeAll(DiscordBot bot, FakeDiscord fake, SampleCorpus sample) throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (fake != null) {
            fake.close();
        }
        if (sample != null) {
            sample.close();
        }
    }
}
