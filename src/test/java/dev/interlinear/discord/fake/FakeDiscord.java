package dev.interlinear.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A fake Discord server on 127.0.0.1 that the real JDA logs in to, for end-to-end tests of the bot: a REST API
 * ({@link #apiUrl()}) and a gateway (WebSocket) with one guild, one text channel, a human user and another bot.
 * Tests dispatch messages and interactions to the bot and assert on the REST requests the bot sends.
 *
 * <h2>How the bot must be built to connect</h2>
 * <pre>{@code
 * DefaultShardManagerBuilder.createDefault(fake.token(), GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT)
 *     .setRestConfig(new RestConfig().setBaseUrl(fake.apiUrl()))   // "http://127.0.0.1:PORT/api/v10/"
 *     .setShardsTotal(1)
 *     .build();
 * }</pre>
 * Nothing else is needed: the gateway URL comes from {@code GET gateway/bot}, and the fake speaks both JDA's
 * default {@code compress=zlib-stream} and {@code Compression.NONE}. Only JSON encoding is supported (JDA's default;
 * do not select ETF). The {@code resume_gateway_url} in READY points at the fake too, so JDA resumes here.
 *
 * <h2>Behaviour worth knowing</h2>
 * <ul>
 * <li>Every REST request is recorded ({@link #requests()}); unknown routes are answered 404 with a Discord error
 *     body and also listed in {@link #unexpectedRequests()}. A wrong {@code Authorization} header gets 401, so
 *     building JDA with another token fails with {@code InvalidTokenException}.</li>
 * <li>Events dispatched while JDA is not connected (before IDENTIFY, or after {@link #closeGateway(int)}) are
 *     queued and sent once a session is live again.</li>
 * <li>Faults: {@link #failNext(String, String, RestFault)} answers one REST request with an error (500, a 429 with
 *     Discord's rate-limit headers...); {@link #closeGateway(int)} drops the gateway, {@link #holdGateway()} keeps it
 *     down. Requests carry the time they arrived ({@link RecordedRequest#receivedAt()}), interactions the time they
 *     were sent ({@link FakeInteraction#sentAt()}), for protocol deadlines.</li>
 * <li>Messages and interactions are remembered, so replies carry {@code referenced_message}, and interaction
 *     callbacks, follow-ups and {@code @original} edits answer like Discord (a second callback for the same
 *     interaction gets 400 / 40060).</li>
 * </ul>
 */
public final class FakeDiscord implements AutoCloseable {

    /** The default token; any token works as long as the bot uses {@link #token()}. */
    public static final String DEFAULT_TOKEN = "fake-discord-token.for-tests.only";

    private final FakeWorld world;
    private final Payloads payloads;
    private final FakeGateway gateway;
    private final FakeRest rest;

    private FakeDiscord(Builder builder) {
        this.world = new FakeWorld(builder.token, builder.guildLocale, builder.everyonePermissions);
        this.payloads = new Payloads(world);
        this.gateway = new FakeGateway(world, payloads);
        this.rest = new FakeRest(world, payloads, gateway::url);
    }

    /** Starts a fake with the defaults on ephemeral ports of 127.0.0.1. */
    public static FakeDiscord start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of a fake Discord. */
    public static final class Builder {
        private String token = DEFAULT_TOKEN;
        private String guildLocale = "en-US";
        private long everyonePermissions = FakeWorld.DEFAULT_EVERYONE_PERMISSIONS;

        private Builder() {}

        public Builder token(String token) {
            this.token = Objects.requireNonNull(token);
            return this;
        }

        /** The guild's preferred locale, e.g. {@code "de"}; {@code "en-US"} by default. */
        public Builder guildLocale(String guildLocale) {
            this.guildLocale = Objects.requireNonNull(guildLocale);
            return this;
        }

        /**
         * The permissions of the {@code @everyone} role (the only role; the bot has exactly these). By default
         * VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES, READ_MESSAGE_HISTORY, ADD_REACTIONS,
         * USE_EXTERNAL_EMOJIS, USE_APPLICATION_COMMANDS, CREATE_PUBLIC_THREADS and SEND_MESSAGES_IN_THREADS.
         */
        public Builder everyonePermissions(long permissions) {
            this.everyonePermissions = permissions;
            return this;
        }

        public FakeDiscord start() {
            FakeDiscord fake = new FakeDiscord(this);
            fake.gateway.startAndWait();
            fake.rest.start();
            return fake;
        }
    }

    // ---------------------------------------------------------------- identity and fixtures

    /** The REST base URL for {@code RestConfig#setBaseUrl}: {@code http://127.0.0.1:PORT/api/v10/}. */
    public String apiUrl() {
        return rest.apiUrl();
    }

    /** The gateway URL, {@code ws://127.0.0.1:PORT} (JDA learns it from {@code GET gateway/bot}). */
    public String gatewayUrl() {
        return gateway.url();
    }

    public String token() {
        return world.token;
    }

    public FakeUser botUser() {
        return world.bot;
    }

    public String botUserId() {
        return world.bot.id();
    }

    /** The application id (equal to the bot user's id, as for bots made in the developer portal). */
    public String applicationId() {
        return world.applicationId;
    }

    public String guildId() {
        return world.guildId;
    }

    public String textChannelId() {
        return world.textChannelId;
    }

    /** A human guild member (also the guild's owner). */
    public FakeUser human() {
        return world.human;
    }

    /** Another bot, member of the guild. */
    public FakeUser otherBot() {
        return world.otherBot;
    }

    /**
     * A new user. Users made before JDA first connects are guild members listed in GUILD_CREATE; later ones are
     * not, but their guild messages carry a {@code member} object, as on Discord, so JDA still sees a member.
     */
    public FakeUser newUser(String username, boolean bot) {
        FakeUser user = FakeUser.create(username, bot);
        world.addUser(user, gateway.identifies() == 0);
        return user;
    }

    /** The id of the DM channel between the bot and this user. */
    public String dmChannelId(FakeUser user) {
        return world.dmChannelId(user);
    }

    /** A message the fake knows (sent by a user or by the bot), as JSON. */
    public Optional<JsonNode> message(String messageId) {
        return Optional.ofNullable(world.messages.get(messageId)).map(JsonNode::deepCopy);
    }

    // ---------------------------------------------------------------- dispatching messages

    /** A user writes {@code content} in the guild's text channel. Returns the message id. */
    public String sendGuildMessage(FakeUser author, String content) {
        return sendMessage(author, world.textChannelId, content, List.of(), null);
    }

    /** A user writes {@code <@bot> text} in the guild's text channel, mentioning the bot. Returns the message id. */
    public String sendGuildMessageMentioningBot(FakeUser author, String text) {
        return sendMessage(author, world.textChannelId, world.bot.mention() + " " + text, List.of(world.bot), null);
    }

    /**
     * A user replies to a message (e.g. one of the bot's) in the guild's text channel. Like Discord's client by
     * default, the reply pings the replied-to author: it is in {@code mentions}, so JDA's
     * {@code getMentions().isMentioned(bot)} is true for a reply to the bot. For a reply without ping use
     * {@link #sendMessage(FakeUser, String, String, List, String)} with no mentions. Returns the message id.
     */
    public String sendGuildReply(FakeUser author, String content, String repliedToMessageId) {
        return sendMessage(author, world.textChannelId, content, replyMentions(repliedToMessageId), repliedToMessageId);
    }

    /** A user writes to the bot in their DM channel. Returns the message id. */
    public String sendDirectMessage(FakeUser author, String content) {
        return sendMessage(author, world.dmChannelId(author), content, List.of(), null);
    }

    /** A user replies to a message in their DM channel with the bot. Returns the message id. */
    public String sendDirectReply(FakeUser author, String content, String repliedToMessageId) {
        return sendMessage(
                author, world.dmChannelId(author), content, replyMentions(repliedToMessageId), repliedToMessageId);
    }

    /**
     * Dispatches MESSAGE_CREATE for a message of {@code author} in a channel (the text channel or a DM channel),
     * with these user mentions and optionally as a reply. Returns the message id.
     */
    public String sendMessage(
            FakeUser author, String channelId, String content, List<FakeUser> mentions, String repliedToMessageId) {
        if (!world.channelExists(channelId)) {
            throw new IllegalArgumentException("Unknown channel " + channelId);
        }
        ObjectNode message = payloads.userMessage(author, channelId, content, mentions, repliedToMessageId);
        gateway.dispatch("MESSAGE_CREATE", message.deepCopy());
        return message.get("id").asText();
    }

    /** Replying to a message mentions its author by default, as Discord's client does. */
    private List<FakeUser> replyMentions(String repliedToMessageId) {
        JsonNode replied = world.messages.get(repliedToMessageId);
        if (replied == null) {
            return List.of();
        }
        FakeUser author = world.users.get(replied.path("author").path("id").asText());
        return author == null ? List.of() : List.of(author);
    }

    // ---------------------------------------------------------------- dispatching interactions

    /** The human user runs a slash command; see {@link #sendSlashCommand(FakeUser, String, Map, String, boolean)}. */
    public FakeInteraction sendSlashCommand(String name, Map<String, Object> options, String locale, boolean inGuild) {
        return sendSlashCommand(world.human, name, options, locale, inGuild);
    }

    /**
     * A user runs the chat-input command {@code name} with these options (String → STRING, Integer/Long →
     * INTEGER, Boolean → BOOLEAN, other numbers → NUMBER), with the user's client in {@code locale} (e.g.
     * {@code "pt-BR"}), in the guild's text channel or in their DM with the bot.
     */
    public FakeInteraction sendSlashCommand(
            FakeUser user, String name, Map<String, Object> options, String locale, boolean inGuild) {
        ObjectNode data = payloads.commandData(name, options, null);
        return sendInteraction(2, user, inGuild, locale, data, name, null);
    }

    /** A user types into option {@code focusedOption} of a command; the bot should answer with choices. */
    public FakeInteraction sendAutocomplete(
            FakeUser user,
            String name,
            Map<String, Object> options,
            String focusedOption,
            String locale,
            boolean inGuild) {
        if (!options.containsKey(focusedOption)) {
            throw new IllegalArgumentException("The focused option " + focusedOption + " is not among " + options);
        }
        ObjectNode data = payloads.commandData(name, options, focusedOption);
        return sendInteraction(4, user, inGuild, locale, data, name, null);
    }

    /** The human user clicks a button; see {@link #clickButton(FakeUser, JsonNode, String, String)}. */
    public FakeInteraction clickButton(JsonNode botMessage, String customId, String locale) {
        return clickButton(world.human, botMessage, customId, locale);
    }

    /**
     * A user clicks the button {@code customId} on one of the bot's messages: {@code botMessage} is the message
     * object as the fake answered it ({@link RecordedRequest#response()} of the bot's POST, or the
     * {@code resource.message} of an interaction callback). In a guild or a DM, depending on the message's channel.
     */
    public FakeInteraction clickButton(FakeUser user, JsonNode botMessage, String customId, String locale) {
        String messageId = botMessage.path("id").asText();
        JsonNode message = world.messages.getOrDefault(messageId, (ObjectNode) botMessage);
        JsonNode button = findComponent(message.path("components"), customId);
        if (button == null) {
            throw new IllegalArgumentException("No component " + customId + " on message " + message);
        }
        ObjectNode data = Json.object();
        data.put("custom_id", customId);
        data.put("component_type", button.path("type").asInt(2));
        if (button.has("id")) {
            data.put("id", button.get("id").asInt());
        }
        boolean inGuild = world.isGuildChannel(message.path("channel_id").asText());
        if (!inGuild
                && world.dmRecipient(message.path("channel_id").asText())
                        .filter(user::equals)
                        .isEmpty()) {
            throw new IllegalArgumentException("Message " + messageId + " is not in a DM with " + user.username());
        }
        return sendInteraction(3, user, inGuild, locale, data, null, message);
    }

    private static JsonNode findComponent(JsonNode node, String customId) {
        if (node.isArray()) {
            for (JsonNode child : node) {
                JsonNode found = findComponent(child, customId);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            if (customId.equals(node.path("custom_id").asText(null))) {
                return node;
            }
            for (String nested : List.of("components", "accessory", "component")) {
                JsonNode found = findComponent(node.path(nested), customId);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private FakeInteraction sendInteraction(
            int type,
            FakeUser user,
            boolean inGuild,
            String locale,
            ObjectNode data,
            String commandName,
            JsonNode message) {
        String id = Snowflakes.nextId();
        String token = "fake-interaction-token-" + UUID.randomUUID();
        ObjectNode interaction = payloads.interactionBase(id, token, type, user, inGuild, locale);
        interaction.set("data", data);
        String messageId = null;
        if (message != null) {
            interaction.set("message", message.deepCopy());
            messageId = message.path("id").asText();
        }
        String channelId = interaction.get("channel_id").asText();
        world.interactionsByToken.put(
                token,
                new FakeWorld.InteractionState(
                        id, token, type, channelId, inGuild ? world.guildId : null, user, commandName, messageId));
        Instant sentAt = Instant.now();
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return new FakeInteraction(id, token, type, channelId, sentAt);
    }

    /** Dispatches any gateway event (op 0), for cases the helpers do not cover. */
    public void dispatch(String eventType, JsonNode data) {
        gateway.dispatch(eventType, data);
    }

    // ---------------------------------------------------------------- recorded requests

    /** Every REST request so far, in order. */
    public List<RecordedRequest> requests() {
        return rest.requests();
    }

    /** The requests to routes the fake does not know (answered 404) or that made it fail (answered 500). */
    public List<RecordedRequest> unexpectedRequests() {
        return rest.unexpectedRequests();
    }

    public void clearRequests() {
        rest.clearRequests();
    }

    /**
     * The first recorded request (past or future) matching, waiting up to {@code timeout}; fails with an
     * {@link AssertionError} that lists every recorded request.
     */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> predicate, Duration timeout) {
        return rest.awaitRequest(predicate, timeout);
    }

    /** {@link #awaitRequest(Predicate, Duration)} for a method and a path regular expression. */
    public RecordedRequest awaitRequest(String method, String pathRegex, Duration timeout) {
        return rest.awaitRequest(RecordedRequest.matching(method, pathRegex), timeout);
    }

    /** Watches the requests for {@code during} and fails as soon as one matches (e.g. the bot ignoring a bot). */
    public void assertNoRequest(Predicate<RecordedRequest> predicate, Duration during) {
        rest.assertNoRequest(predicate, during);
    }

    /** The bot's message (as the fake answered it) for an awaited {@code POST channels/{id}/messages}. */
    public RecordedRequest awaitMessageIn(String channelId, Duration timeout) {
        return awaitRequest("POST", "channels/" + channelId + "/messages", timeout);
    }

    /** The bot's {@code POST channels/{id}/messages} that replies to (references) this message. */
    public RecordedRequest awaitReplyTo(String messageId, Duration timeout) {
        return awaitRequest(
                r -> r.is("POST", "channels/\\d+/messages")
                        && messageId.equals(r.body()
                                .path("message_reference")
                                .path("message_id")
                                .asText(null)),
                timeout);
    }

    /** The callback the bot sent for an interaction. */
    public RecordedRequest awaitCallback(FakeInteraction interaction, Duration timeout) {
        return awaitRequest("POST", Pattern.quote(interaction.callbackPath()), timeout);
    }

    // ---------------------------------------------------------------- REST faults

    /**
     * The next request with this method and a path matching the regular expression entirely gets {@code fault}
     * instead of its normal answer, once (see {@link RestFault#serverError()} and
     * {@link RestFault#rateLimited(Duration)}). Faults asked for earlier are given first.
     */
    public void failNext(String method, String pathRegex, RestFault fault) {
        rest.failNext(RecordedRequest.matching(method, pathRegex), fault);
    }

    // ---------------------------------------------------------------- gateway control

    /**
     * Closes the live gateway connection with a close code; JDA reconnects. 1006 ends the connection without a close
     * frame, as a network failure does. With a resumable code (4000, 4001, 4002, 4003, 4005, 4008, 4009, or 1006)
     * JDA sends RESUME, answered with RESUMED; after
     * {@link #invalidateSession()} it is answered with INVALID_SESSION and JDA identifies again (about 1-5 s later).
     */
    public void closeGateway(int code) {
        gateway.closeLive(code);
    }

    /**
     * Sends RECONNECT (op 7), as Discord does before it moves a session: JDA closes the connection and resumes.
     * Events dispatched until the session is resumed are queued and delivered after RESUMED.
     */
    public void requestReconnect() {
        gateway.requestReconnect();
    }

    /** Forgets the gateway session, so that the next RESUME gets INVALID_SESSION and JDA must IDENTIFY. */
    public void invalidateSession() {
        gateway.forgetSession();
    }

    /**
     * Keeps the gateway down: connections opened from now on get no HELLO until {@link #releaseGateway()}, so JDA
     * waits for it instead of resuming or identifying. With {@link #closeGateway(int)} this takes the gateway away
     * for as long as a test needs (e.g. to show that REST replies do not need it).
     */
    public void holdGateway() {
        gateway.hold();
    }

    /** Ends {@link #holdGateway()}: the connections waiting get their HELLO and JDA resumes or identifies. */
    public void releaseGateway() {
        gateway.release();
    }

    /** Whether a gateway session is live (READY or RESUMED sent and the connection still open). */
    public boolean isGatewayLive() {
        return gateway.isLive();
    }

    /** Waits until a gateway session is live again (after a drop: once JDA has resumed or identified). */
    public void awaitGatewayLive(Duration timeout) {
        if (!gateway.awaitLive(timeout)) {
            throw new AssertionError("No gateway session was live within " + timeout);
        }
    }

    /** How many IDENTIFYs the fake accepted. */
    public int identifyCount() {
        return gateway.identifies();
    }

    /** How many RESUMEs the fake accepted. */
    public int resumeCount() {
        return gateway.resumes();
    }

    /** Every payload the bot sent on the gateway (identify, heartbeats, presence updates...). */
    public List<JsonNode> gatewayPayloads() {
        return gateway.received();
    }

    @Override
    public void close() {
        rest.stop();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
