package dev.interlinear.discord;

import dev.interlinear.config.DiscordSettings;
import dev.interlinear.discord.ask.AnswerRenderer;
import dev.interlinear.discord.ask.AskSlashCommand;
import dev.interlinear.discord.ask.ConversationListener;
import dev.interlinear.discord.ask.Cooldown;
import dev.interlinear.discord.ask.FailureText;
import dev.interlinear.discord.facts.DiscrepanciesSlashCommand;
import dev.interlinear.discord.facts.FactSlashCommand;
import dev.interlinear.discord.facts.NumbersSlashCommand;
import dev.interlinear.discord.facts.QuoteSlashCommand;
import dev.interlinear.discord.sources.SourcesSlashCommand;
import dev.interlinear.serving.Health;
import dev.interlinear.serving.ServedEdition;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;
import net.dv8tion.jda.api.interactions.commands.localization.ResourceBundleLocalizationFunction;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord front end: a JDA shard manager with the conversation and slash-command listeners. Commands
 * are registered by the process that runs shard 0 (globally, or on the test guild at once when one is
 * configured). {@link #close()} stops taking questions, lets the answers in flight go out, then disconnects.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    /** Answers wait in line beyond this many; a queue keeps bursts from spawning threads. */
    private static final int ANSWER_THREADS = 4;

    /** How long a shutdown waits for the replies in flight (a 429 may make Discord ask for a few seconds). */
    private static final Duration REPLIES_GRACE = Duration.ofSeconds(20);
    /** How long a shutdown waits for JDA to close the gateway and send what is still queued. */
    private static final Duration DISCONNECT_GRACE = Duration.ofSeconds(5);

    private final ShardManager shards;
    private final ReplySender replies;
    private final ExecutorService pool;

    private DiscordBot(ShardManager shards, ReplySender replies, ExecutorService pool) {
        this.shards = shards;
        this.replies = replies;
        this.pool = pool;
    }

    /**
     * Connects to Discord and reports the connection to {@code health} as {@link Health#DISCORD} (essential: DOWN
     * while connecting, after a drop until the session is back, and when the token is rejected). Throws JDA's
     * {@code InvalidTokenException} when Discord rejects the token.
     */
    public static DiscordBot start(
            String token, DiscordSettings settings, ServedEdition edition, List<String> languages, Health health) {
        return start(
                token,
                settings,
                edition,
                languages,
                health,
                Executors.newFixedThreadPool(
                        ANSWER_THREADS,
                        Thread.ofPlatform().name("answer-", 1).daemon().factory()));
    }

    /**
     * Connects to Discord, answering on {@code pool} (the bot's from then on: {@link #close()} shuts it down).
     * Tests pass a pool that holds answers back, to see what the bot does while an answer takes long.
     */
    static DiscordBot start(
            String token,
            DiscordSettings settings,
            ServedEdition edition,
            List<String> languages,
            Health health,
            ExecutorService pool) {
        // No reply of the bot may ever ping anyone; each message also says so on its own.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        BotText text = new BotText();
        AnswerRenderer answers = new AnswerRenderer(text);
        FailureText failures = new FailureText(text);
        ReplySender replies = new ReplySender(edition, pool);
        Cooldown cooldown = new Cooldown(Duration.ofSeconds(settings.cooldownSeconds()), Clock.systemUTC());
        // Every slash command of the bot: adding one is a class and a line here.
        List<SlashCommand> commands = List.of(
                new AskSlashCommand(replies, answers, failures, text, cooldown, languages),
                new SourcesSlashCommand(replies, text),
                new FactSlashCommand(edition, text),
                new QuoteSlashCommand(edition, text),
                new NumbersSlashCommand(edition, text),
                new DiscrepanciesSlashCommand(edition, text));

        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (settings.messageContent()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        } else {
            LOG.warn("The Message Content intent is off (discord.message-content: false): the bot answers mentions, "
                    + "DMs, replies to its answers and slash commands, but not other messages in answer channels.");
        }
        DiscordHealth discordHealth = new DiscordHealth(health, TokenMask.of(token));
        discordHealth.starting();
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createDefault(token, intents)
                .disableCache(
                        CacheFlag.VOICE_STATE,
                        CacheFlag.EMOJI,
                        CacheFlag.STICKER,
                        CacheFlag.SCHEDULED_EVENTS,
                        CacheFlag.SOUNDBOARD_SOUNDS)
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                // close() stops the bot in order (the CLI calls it on SIGTERM): JDA's own shutdown hook would
                // disconnect at the same time, and drop the replies still going out.
                .setEnableShutdownHook(false)
                .addEventListeners(
                        new CommandRouter(commands, text),
                        new ConversationListener(
                                replies, answers, failures, cooldown, new HashSet<>(settings.answerChannels())),
                        new CommandRegistration(commands, settings),
                        discordHealth);
        settings.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(withSlash(url))));
        if (settings.shardsTotal() > 0) {
            builder.setShardsTotal(settings.shardsTotal());
            settings.shards().ifPresent(r -> builder.setShards(r.first(), r.last()));
        }
        try {
            return new DiscordBot(builder.build(), replies, pool);
        } catch (RuntimeException e) {
            pool.shutdownNow();
            discordHealth.failedToStart(e);
            throw e;
        }
    }

    public ShardManager shards() {
        return shards;
    }

    /** Whether every shard of this process is connected (what {@link Health#DISCORD} reports as OK). */
    public boolean connected() {
        return !shards.getShards().isEmpty()
                && shards.getShards().stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED);
    }

    /**
     * Stops answering: questions that come now get a short notice, the answers in flight are worked out and their
     * replies sent (Discord has them), then JDA disconnects and sends what it still has queued.
     */
    @Override
    public void close() {
        try {
            if (!replies.finish(REPLIES_GRACE)) {
                LOG.warn(
                        "replies still not sent {} s into the shutdown; stopping without them",
                        REPLIES_GRACE.toSeconds());
            }
            pool.shutdownNow();
            shards.shutdown();
            for (JDA shard : shards.getShards()) {
                if (!shard.awaitShutdown(DISCONNECT_GRACE)) {
                    LOG.warn(
                            "shard {} did not shut down within {} s",
                            shard.getShardInfo().getShardId(),
                            DISCONNECT_GRACE.toSeconds());
                    shard.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            shards.getShards().forEach(JDA::shutdownNow);
        }
    }

    /** JDA's REST base URL ends with a slash; a deployer may write it either way. */
    static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** Registers the slash commands once shard 0 (or the shard holding the test guild) is ready. */
    private static final class CommandRegistration extends ListenerAdapter {
        private final List<SlashCommand> commands;
        private final DiscordSettings settings;
        private final LocalizationFunction localization = ResourceBundleLocalizationFunction.fromBundles(
                        "discord/commands",
                        DiscordLocale.GERMAN,
                        DiscordLocale.PORTUGUESE_BRAZILIAN,
                        DiscordLocale.SPANISH,
                        DiscordLocale.FRENCH)
                .build();

        CommandRegistration(List<SlashCommand> commands, DiscordSettings settings) {
            this.commands = commands;
            this.settings = settings;
        }

        @Override
        public void onReady(ReadyEvent event) {
            JDA jda = event.getJDA();
            List<CommandData> data = commands.stream()
                    .map(c -> (CommandData) c.definition(localization))
                    .toList();
            if (settings.testGuild().isPresent()) {
                Guild guild = jda.getGuildById(settings.testGuild().get());
                if (guild != null) {
                    guild.updateCommands()
                            .addCommands(data)
                            .queue(
                                    ok -> LOG.info("registered {} commands on test guild {}", ok.size(), guild.getId()),
                                    err -> LOG.error(
                                            "could not register commands on test guild {}", guild.getId(), err));
                }
            } else if (jda.getShardInfo().getShardId() == 0) {
                jda.updateCommands()
                        .addCommands(data)
                        .queue(
                                ok -> LOG.info("registered {} global commands", ok.size()),
                                err -> LOG.error("could not register global commands", err));
            }
        }
    }
}
