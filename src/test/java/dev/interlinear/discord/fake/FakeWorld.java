package dev.interlinear.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything the fake Discord knows: the bot, its application, one guild with one text channel, the users, DM
 * channels, messages and interactions. Shared by the gateway and the REST server; thread-safe.
 */
final class FakeWorld {

    /** VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES, READ_MESSAGE_HISTORY, ADD_REACTIONS, and so on. */
    static final long DEFAULT_EVERYONE_PERMISSIONS = (1L << 6)
            | (1L << 10)
            | (1L << 11)
            | (1L << 14)
            | (1L << 15)
            | (1L << 16)
            | (1L << 18)
            | (1L << 31)
            | (1L << 35)
            | (1L << 38);

    final String token;
    final FakeUser bot;
    final String applicationId;
    final FakeUser human;
    final FakeUser otherBot;
    final String guildId;
    final String guildName;
    final String guildLocale;
    final String textChannelId;
    final String textChannelName;
    final long everyonePermissions;
    final Instant joinedAt = Instant.now().minusSeconds(86_400);

    /** The guild's members in the order they are listed in GUILD_CREATE; the bot is first. */
    final List<FakeUser> members = new CopyOnWriteArrayList<>();

    final Map<String, FakeUser> users = new ConcurrentHashMap<>();
    private final Map<String, String> dmChannelByUser = new ConcurrentHashMap<>();
    private final Map<String, String> userByDmChannel = new ConcurrentHashMap<>();
    /** Every message the fake knows, sent by users (dispatched) or by the bot (REST). */
    final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();

    final Map<String, InteractionState> interactionsByToken = new ConcurrentHashMap<>();
    /** Registered commands by scope ({@code "global"} or the guild id), then by name. */
    final Map<String, Map<String, ObjectNode>> commands = new ConcurrentHashMap<>();

    FakeWorld(String token, String guildLocale, long everyonePermissions) {
        this.token = token;
        this.guildLocale = guildLocale;
        this.everyonePermissions = everyonePermissions;
        this.bot = FakeUser.create("interlinear-test-bot", true);
        this.applicationId = bot.id();
        this.human = FakeUser.create("alice", false);
        this.otherBot = FakeUser.create("some-other-bot", true);
        this.guildId = Snowflakes.nextId();
        this.guildName = "Fake Guild";
        this.textChannelId = Snowflakes.nextId();
        this.textChannelName = "general";
        for (FakeUser user : List.of(bot, human, otherBot)) {
            addUser(user, true);
        }
    }

    void addUser(FakeUser user, boolean member) {
        users.put(user.id(), user);
        if (member) {
            members.add(user);
        }
    }

    boolean isMember(FakeUser user) {
        return members.contains(user);
    }

    String dmChannelId(FakeUser user) {
        return dmChannelByUser.computeIfAbsent(user.id(), id -> {
            String channel = Snowflakes.nextId();
            userByDmChannel.put(channel, id);
            return channel;
        });
    }

    /** The other party of a DM channel, if the id is one. */
    Optional<FakeUser> dmRecipient(String channelId) {
        return Optional.ofNullable(userByDmChannel.get(channelId)).map(users::get);
    }

    boolean isGuildChannel(String channelId) {
        return textChannelId.equals(channelId);
    }

    boolean channelExists(String channelId) {
        return isGuildChannel(channelId) || userByDmChannel.containsKey(channelId);
    }

    Map<String, ObjectNode> commandScope(String scope) {
        return commands.computeIfAbsent(scope, s -> new ConcurrentHashMap<>());
    }

    /** The state of one interaction, updated by its callback and webhook requests. */
    static final class InteractionState {
        final String id;
        final String token;
        final int type;
        final String channelId;
        final String guildId;
        final FakeUser user;
        final String commandName;
        /** For component interactions, the message the component is on. */
        final String componentMessageId;

        volatile Integer callbackType;
        volatile String originalMessageId;

        InteractionState(
                String id,
                String token,
                int type,
                String channelId,
                String guildId,
                FakeUser user,
                String commandName,
                String componentMessageId) {
            this.id = id;
            this.token = token;
            this.type = type;
            this.channelId = channelId;
            this.guildId = guildId;
            this.user = user;
            this.commandName = commandName;
            this.componentMessageId = componentMessageId;
        }
    }
}
