package dev.interlinear.discord;

import dev.interlinear.answer.ServedEdition;
import dev.interlinear.config.DiscordSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * configured). {@link #close()} stops taking events, lets the answers in flight go out, then disconnects.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    /** Answers wait in line beyond this many; a queue keeps bursts from spawning threads. */
    private static final int ANSWER_THREADS = 4;

    private final ShardManager shards;
    private final ExecutorService pool;

    private DiscordBot(ShardManager shards, ExecutorService pool) {
        this.shards = shards;
        this.pool = pool;
    }

    /**
     * Connects to Discord. Throws JDA's {@code InvalidTokenException} when Discord rejects the token.
     */
    public static DiscordBot start(String token, DiscordSettings settings, ServedEdition edition,
                                   List<String> languages) {
        // No reply of the bot may ever ping anyone; each message also says so on its own.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        ExecutorService pool = new ThreadPoolExecutor(ANSWER_THREADS, ANSWER_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads());
        BotText text = new BotText();
        AnswerRenderer renderer = new AnswerRenderer(text);
        Answering answering = new Answering(edition, pool);
        Cooldown cooldown = new Cooldown(Duration.ofSeconds(settings.cooldownSeconds()), Clock.systemUTC());
        List<SlashCommand> commands = new ArrayList<>(List.of(
                new AskSlashCommand(answering, renderer, text, cooldown, languages),
                new SourcesSlashCommand(answering, renderer)));
        commands.addAll(FactsCommands.all(edition, new FactsRenderer(text, renderer), text));

        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (settings.messageContent()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        } else {
            LOG.warn("The Message Content intent is off (discord.message-content: false): the bot answers mentions, "
                    + "DMs, replies to its answers and slash commands, but not other messages in answer channels.");
        }
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createDefault(token, intents)
                .disableCache(CacheFlag.VOICE_STATE, CacheFlag.EMOJI, CacheFlag.STICKER, CacheFlag.SCHEDULED_EVENTS,
                        CacheFlag.SOUNDBOARD_SOUNDS)
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .addEventListeners(
                        new InteractionListener(commands, renderer, text),
                        new MessageListener(answering, renderer, text, cooldown, new HashSet<>(settings.answerChannels())),
                        new CommandRegistration(commands, settings));
        settings.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(withSlash(url))));
        if (settings.shardsTotal() > 0) {
            builder.setShardsTotal(settings.shardsTotal());
            settings.shards().ifPresent(r -> builder.setShards(r.first(), r.last()));
        }
        try {
            return new DiscordBot(builder.build(), pool);
        } catch (RuntimeException e) {
            pool.shutdownNow();
            throw e;
        }
    }

    public ShardManager shards() {
        return shards;
    }

    /** Whether every shard of this process is connected. */
    public boolean connected() {
        return !shards.getShards().isEmpty()
                && shards.getShards().stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED);
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(20, TimeUnit.SECONDS)) {
                LOG.warn("answers still running after 20 s at shutdown; stopping them");
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shards.shutdown();
    }

    /** JDA's REST base URL ends with a slash; a deployer may write it either way. */
    static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "answer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Registers the slash commands once shard 0 (or the shard holding the test guild) is ready. */
    private static final class CommandRegistration extends ListenerAdapter {
        private final List<SlashCommand> commands;
        private final DiscordSettings settings;
        private final LocalizationFunction localization = ResourceBundleLocalizationFunction
                .fromBundles("discord/commands", DiscordLocale.GERMAN, DiscordLocale.PORTUGUESE_BRAZILIAN,
                        DiscordLocale.SPANISH, DiscordLocale.FRENCH)
                .build();

        CommandRegistration(List<SlashCommand> commands, DiscordSettings settings) {
            this.commands = commands;
            this.settings = settings;
        }

        @Override
        public void onReady(ReadyEvent event) {
            JDA jda = event.getJDA();
            List<CommandData> data = commands.stream().map(c -> (CommandData) c.definition(localization)).toList();
            if (settings.testGuild().isPresent()) {
                Guild guild = jda.getGuildById(settings.testGuild().get());
                if (guild != null) {
                    guild.updateCommands().addCommands(data).queue(
                            ok -> LOG.info("registered {} commands on test guild {}", ok.size(), guild.getId()),
                            err -> LOG.error("could not register commands on test guild {}", guild.getId(), err));
                }
            } else if (jda.getShardInfo().getShardId() == 0) {
                jda.updateCommands().addCommands(data).queue(
                        ok -> LOG.info("registered {} global commands", ok.size()),
                        err -> LOG.error("could not register global commands", err));
            }
        }
    }
}
