package dev.interlinear.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake REST API: an HTTP server under {@code /api/v10/} that answers the routes a bot uses (gateway discovery,
 * messages, typing, reactions, DMs, interaction callbacks and webhooks, command registration) with Discord-shaped
 * JSON, and records every request. Unknown routes are answered 404 with a Discord error body and recorded as
 * unexpected. Requests without {@code Authorization: Bot <token>} are answered 401 (interaction callbacks and
 * webhooks excepted: they are authorised by their token, as on Discord).
 */
final class FakeRest {

    static final String API_PREFIX = "/api/v10/";
    private static final Logger LOG = LoggerFactory.getLogger(FakeRest.class);
    private static final int LOADING_FLAG = 128;
    private static final int EPHEMERAL_FLAG = 64;

    private final FakeWorld world;
    private final Payloads payloads;
    private final Supplier<String> gatewayUrl;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Route> routes = new ArrayList<>();
    private final List<RecordedRequest> recorded = new ArrayList<>();
    private final List<RecordedRequest> unexpected = new ArrayList<>();
    /** One-off faults still to be given, in the order they were asked for (guarded by itself). */
    private final List<PendingFault> faults = new ArrayList<>();

    FakeRest(FakeWorld world, Payloads payloads, Supplier<String> gatewayUrl) {
        this.world = world;
        this.payloads = payloads;
        this.gatewayUrl = gatewayUrl;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        defineRoutes();
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API_PREFIX;
    }

    // ---------------------------------------------------------------- recorded requests

    List<RecordedRequest> requests() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    List<RecordedRequest> unexpectedRequests() {
        synchronized (recorded) {
            return List.copyOf(unexpected);
        }
    }

    void clearRequests() {
        synchronized (recorded) {
            recorded.clear();
            unexpected.clear();
        }
    }

    RecordedRequest awaitRequest(Predicate<RecordedRequest> predicate, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (recorded) {
            while (true) {
                for (RecordedRequest request : recorded) {
                    if (predicate.test(request)) {
                        return request;
                    }
                }
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    throw new AssertionError(
                            "No matching request to the fake Discord within " + timeout + ". " + describe(recorded));
                }
                try {
                    recorded.wait(remainingMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting for a request", e);
                }
            }
        }
    }

    void assertNoRequest(Predicate<RecordedRequest> predicate, Duration during) {
        long deadline = System.nanoTime() + during.toNanos();
        synchronized (recorded) {
            while (true) {
                for (RecordedRequest request : recorded) {
                    if (predicate.test(request)) {
                        throw new AssertionError(
                                "Unexpected request to the fake Discord: " + request + ". " + describe(recorded));
                    }
                }
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    return;
                }
                try {
                    recorded.wait(remainingMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while watching requests", e);
                }
            }
        }
    }

    private static String describe(List<RecordedRequest> requests) {
        if (requests.isEmpty()) {
            return "No request was recorded.";
        }
        return requests.stream().map(r -> "  " + r).collect(Collectors.joining("\n", "Recorded requests:\n", ""));
    }

    private void record(RecordedRequest request, boolean isUnexpected) {
        synchronized (recorded) {
            recorded.add(request);
            if (isUnexpected) {
                unexpected.add(request);
            }
            recorded.notifyAll();
        }
    }

    // ---------------------------------------------------------------- faults

    private record PendingFault(Predicate<RecordedRequest> matches, RestFault fault) {}

    void failNext(Predicate<RecordedRequest> matches, RestFault fault) {
        synchronized (faults) {
            faults.add(new PendingFault(matches, fault));
        }
    }

    /** The first pending fault for this request, taken (it is given once). */
    private Optional<RestFault> takeFault(String method, String path, String query, JsonNode body) {
        RecordedRequest probe =
                new RecordedRequest(method, path, query, body, 0, MissingNode.getInstance(), Instant.now());
        synchronized (faults) {
            for (Iterator<PendingFault> it = faults.iterator(); it.hasNext(); ) {
                PendingFault pending = it.next();
                if (pending.matches.test(probe)) {
                    it.remove();
                    return Optional.of(pending.fault);
                }
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- HTTP

    private record Reply(int status, JsonNode body, Map<String, String> headers) {
        Reply(int status, JsonNode body) {
            this(status, body, Map.of());
        }

        static Reply ok(JsonNode body) {
            return new Reply(200, body);
        }

        static Reply noContent() {
            return new Reply(204, MissingNode.getInstance());
        }
    }

    @FunctionalInterface
    private interface Handler {
        Reply handle(Matcher path, JsonNode body);
    }

    private record Route(String method, Pattern pattern, Handler handler) {}

    private void route(String method, String regex, Handler handler) {
        routes.add(new Route(method, Pattern.compile(regex), handler));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Instant received = Instant.now();
            String method = exchange.getRequestMethod();
            String fullPath = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery() == null
                    ? ""
                    : exchange.getRequestURI().getRawQuery();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = parseBody(exchange.getRequestHeaders().getFirst("Content-Type"), raw);
            String path = fullPath.startsWith(API_PREFIX) ? fullPath.substring(API_PREFIX.length()) : fullPath;
            Reply reply;
            boolean isUnexpected = false;
            Optional<RestFault> fault;
            if (!fullPath.startsWith(API_PREFIX)) {
                reply = error(404, 0, "404: Not Found");
                isUnexpected = true;
            } else if (!authorised(path, exchange.getRequestHeaders().getFirst("Authorization"))) {
                reply = error(401, 0, "401: Unauthorized");
            } else if ((fault = takeFault(method, path, query, body)).isPresent()) {
                reply = new Reply(
                        fault.get().status(), fault.get().body(), fault.get().headersAt(Instant.now()));
            } else {
                Reply routed = null;
                for (Route route : routes) {
                    Matcher matcher = route.pattern.matcher(path);
                    if (route.method.equals(method) && matcher.matches()) {
                        try {
                            routed = route.handler.handle(matcher, body);
                        } catch (RuntimeException e) {
                            LOG.error("fake REST: {} {} failed", method, path, e);
                            routed = error(500, 0, "500: Fake server error: " + e);
                            isUnexpected = true;
                        }
                        break;
                    }
                }
                if (routed == null) {
                    routed = error(404, 0, "404: Not Found");
                    isUnexpected = true;
                    LOG.warn("fake REST: unexpected request {} {}", method, path);
                }
                reply = routed;
            }
            RecordedRequest request =
                    new RecordedRequest(method, path, query, body, reply.status, reply.body, received);
            LOG.debug("fake REST: {}", request);
            record(request, isUnexpected);
            respond(exchange, reply);
        }
    }

    private boolean authorised(String path, String authorization) {
        if (path.startsWith("interactions/") || path.startsWith("webhooks/")) {
            return true;
        }
        return ("Bot " + world.token).equals(authorization);
    }

    private static void respond(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (reply.body.isMissingNode()) {
            exchange.sendResponseHeaders(reply.status, -1);
            return;
        }
        byte[] bytes = Json.write(reply.body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static JsonNode parseBody(String contentType, byte[] raw) {
        if (raw.length == 0) {
            return MissingNode.getInstance();
        }
        if (contentType != null && contentType.startsWith("multipart/form-data")) {
            return payloadJson(contentType, raw);
        }
        return Json.parse(new String(raw, StandardCharsets.UTF_8));
    }

    /** The {@code payload_json} part of a multipart request (file uploads). */
    private static JsonNode payloadJson(String contentType, byte[] raw) {
        Matcher boundary = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType);
        if (!boundary.find()) {
            return MissingNode.getInstance();
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        for (String part : text.split(Pattern.quote("--" + boundary.group(1)))) {
            int split = part.indexOf("\r\n\r\n");
            if (split < 0 || !part.substring(0, split).contains("name=\"payload_json\"")) {
                continue;
            }
            String content = part.substring(split + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            return Json.parse(new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
        return MissingNode.getInstance();
    }

    private static Reply error(int status, int code, String message) {
        return new Reply(status, Json.object().put("message", message).put("code", code));
    }

    // ---------------------------------------------------------------- routes

    private void defineRoutes() {
        route("GET", "gateway/bot", (m, b) -> {
            ObjectNode gateway = Json.object().put("url", gatewayUrl.get()).put("shards", 1);
            gateway.putObject("session_start_limit")
                    .put("total", 1000)
                    .put("remaining", 1000)
                    .put("reset_after", 0)
                    .put("max_concurrency", 1);
            return Reply.ok(gateway);
        });
        route("GET", "gateway", (m, b) -> Reply.ok(Json.object().put("url", gatewayUrl.get())));
        route("GET", "users/@me", (m, b) -> {
            ObjectNode user = world.bot.toJson();
            user.put("verified", true).put("mfa_enabled", false).put("flags", 0);
            return Reply.ok(user);
        });
        route("GET", "users/(\\d+)", (m, b) -> {
            FakeUser user = world.users.get(m.group(1));
            return user == null ? error(404, 10013, "Unknown User") : Reply.ok(user.toJson());
        });
        route("GET", "(?:oauth2/)?applications/@me", (m, b) -> Reply.ok(application()));
        route("POST", "users/@me/channels", (m, b) -> {
            FakeUser recipient = world.users.get(b.path("recipient_id").asText());
            return recipient == null ? error(404, 10013, "Unknown User") : Reply.ok(payloads.dmChannel(recipient));
        });
        route("GET", "channels/(\\d+)", (m, b) -> {
            String channel = m.group(1);
            if (world.isGuildChannel(channel)) {
                return Reply.ok(payloads.textChannel());
            }
            return world.dmRecipient(channel)
                    .map(u -> Reply.ok(payloads.dmChannel(u)))
                    .orElseGet(() -> error(404, 10003, "Unknown Channel"));
        });
        route("POST", "channels/(\\d+)/messages", (m, b) -> {
            if (!world.channelExists(m.group(1))) {
                return error(404, 10003, "Unknown Channel");
            }
            return Reply.ok(payloads.botMessage(m.group(1), b, 0));
        });
        route(
                "GET",
                "channels/(\\d+)/messages/(\\d+)",
                (m, b) -> message(m.group(1), m.group(2)).map(Reply::ok).orElseGet(FakeRest::unknownMessage));
        route(
                "PATCH",
                "channels/(\\d+)/messages/(\\d+)",
                (m, b) -> message(m.group(1), m.group(2))
                        .map(msg -> Reply.ok(edit(msg, b)))
                        .orElseGet(FakeRest::unknownMessage));
        route(
                "DELETE",
                "channels/(\\d+)/messages/(\\d+)",
                (m, b) -> message(m.group(1), m.group(2))
                        .map(msg -> {
                            world.messages.remove(m.group(2));
                            return Reply.noContent();
                        })
                        .orElseGet(FakeRest::unknownMessage));
        route(
                "POST",
                "channels/(\\d+)/typing",
                (m, b) -> world.channelExists(m.group(1)) ? Reply.noContent() : error(404, 10003, "Unknown Channel"));
        route("PUT", "channels/(\\d+)/messages/(\\d+)/reactions/([^/]+)/@me", (m, b) -> Reply.noContent());
        route("DELETE", "channels/(\\d+)/messages/(\\d+)/reactions/([^/]+)/([^/]+)", (m, b) -> Reply.noContent());

        route("POST", "interactions/(\\d+)/([^/]+)/callback", (m, b) -> callback(m.group(1), m.group(2), b));
        route("POST", "webhooks/(\\d+)/([^/]+)", (m, b) -> followUp(m.group(2), b));
        route(
                "GET",
                "webhooks/(\\d+)/([^/]+)/messages/([^/]+)",
                (m, b) -> webhookMessage(m.group(2), m.group(3)).map(Reply::ok).orElseGet(FakeRest::unknownMessage));
        route(
                "PATCH",
                "webhooks/(\\d+)/([^/]+)/messages/([^/]+)",
                (m, b) -> webhookMessage(m.group(2), m.group(3))
                        .map(msg -> Reply.ok(edit(msg, b)))
                        .orElseGet(FakeRest::unknownMessage));
        route(
                "DELETE",
                "webhooks/(\\d+)/([^/]+)/messages/([^/]+)",
                (m, b) -> webhookMessage(m.group(2), m.group(3))
                        .map(msg -> {
                            world.messages.remove(msg.get("id").asText());
                            return Reply.noContent();
                        })
                        .orElseGet(FakeRest::unknownMessage));

        String scope = "applications/(\\d+)(?:/guilds/(\\d+))?/commands";
        route("PUT", scope, (m, b) -> {
            Map<String, ObjectNode> commands = commandScope(m);
            commands.clear();
            ArrayNode answer = Json.array();
            for (JsonNode command : b) {
                ObjectNode registered = payloads.registeredCommand(command, m.group(2));
                commands.put(registered.path("name").asText(), registered);
                answer.add(registered);
            }
            return Reply.ok(answer);
        });
        route("POST", scope, (m, b) -> {
            ObjectNode existing = commandScope(m).get(b.path("name").asText());
            ObjectNode registered = payloads.registeredCommand(b, m.group(2));
            if (existing != null) {
                registered.put("id", existing.get("id").asText());
            }
            commandScope(m).put(registered.path("name").asText(), registered);
            return new Reply(existing == null ? 201 : 200, registered);
        });
        route("GET", scope, (m, b) -> {
            ArrayNode answer = Json.array();
            commandScope(m).values().forEach(answer::add);
            return Reply.ok(answer);
        });
        route("DELETE", scope + "/(\\d+)", (m, b) -> {
            boolean removed =
                    commandScope(m).values().removeIf(c -> c.get("id").asText().equals(m.group(3)));
            return removed ? Reply.noContent() : error(404, 10063, "Unknown application command");
        });
    }

    private Map<String, ObjectNode> commandScope(Matcher m) {
        if (!world.applicationId.equals(m.group(1))) {
            throw new IllegalArgumentException("Commands for an unknown application " + m.group(1));
        }
        return world.commandScope(m.group(2) == null ? "global" : m.group(2));
    }

    private ObjectNode application() {
        ObjectNode app = Json.object();
        app.put("id", world.applicationId);
        app.put("name", world.bot.username());
        app.putNull("icon");
        app.put("description", "");
        app.put("bot_public", true);
        app.put("bot_require_code_grant", false);
        app.put("verify_key", "0".repeat(64));
        app.set("owner", world.human.toJson());
        app.putNull("team");
        app.put("flags", 0);
        app.set("bot", world.bot.toJson());
        app.putArray("tags");
        app.putArray("redirect_uris");
        app.put("hook", true);
        app.put("integration_public", true);
        app.put("integration_require_code_grant", false);
        app.put("approximate_guild_count", 1);
        app.put("approximate_user_install_count", 0);
        return app;
    }

    private Optional<ObjectNode> message(String channelId, String messageId) {
        return Optional.ofNullable(world.messages.get(messageId))
                .filter(msg -> msg.path("channel_id").asText().equals(channelId));
    }

    private static Reply unknownMessage() {
        return error(404, 10008, "Unknown Message");
    }

    private ObjectNode edit(ObjectNode message, JsonNode request) {
        synchronized (message) {
            payloads.applyEdit(message, request);
            message.put("flags", message.path("flags").asInt(0) & ~LOADING_FLAG);
            message.put("edited_timestamp", Json.now());
            return message.deepCopy();
        }
    }

    // ---------------------------------------------------------------- interactions

    private Reply callback(String interactionId, String token, JsonNode body) {
        FakeWorld.InteractionState state = world.interactionsByToken.get(token);
        if (state == null || !state.id.equals(interactionId)) {
            return error(404, 10062, "Unknown interaction");
        }
        synchronized (state) {
            if (state.callbackType != null) {
                return error(400, 40060, "Interaction has already been acknowledged.");
            }
            int type = body.path("type").asInt();
            state.callbackType = type;
            JsonNode data = body.path("data");
            ObjectNode resource = Json.object().put("type", type);
            ObjectNode message = null;
            switch (type) {
                case 4 -> {
                    message = interactionMessage(state, data);
                    state.originalMessageId = message.get("id").asText();
                    resource.set("message", message);
                }
                case 5 -> {
                    int flags = data.path("flags").asInt(0) | LOADING_FLAG;
                    message = interactionMessage(state, Json.object().put("flags", flags));
                    state.originalMessageId = message.get("id").asText();
                }
                case 6 -> state.originalMessageId = state.componentMessageId;
                case 7 -> {
                    state.originalMessageId = state.componentMessageId;
                    ObjectNode edited = world.messages.get(state.componentMessageId);
                    if (edited != null) {
                        message = edit(edited, data);
                        resource.set("message", message);
                    }
                }
                default -> {
                    // 8 autocomplete result, 9 modal, 10 premium required, 12 launch activity: no message
                }
            }
            ObjectNode interaction = Json.object();
            interaction.put("id", state.id);
            interaction.put("type", state.type);
            if (state.originalMessageId != null) {
                interaction.put("response_message_id", state.originalMessageId);
                interaction.put("response_message_loading", type == 5);
                JsonNode original = world.messages.get(state.originalMessageId);
                interaction.put(
                        "response_message_ephemeral",
                        original != null && (original.path("flags").asInt(0) & EPHEMERAL_FLAG) != 0);
            }
            ObjectNode answer = Json.object();
            answer.set("interaction", interaction);
            answer.set("resource", resource);
            return Reply.ok(answer);
        }
    }

    private Reply followUp(String token, JsonNode body) {
        FakeWorld.InteractionState state = world.interactionsByToken.get(token);
        if (state == null) {
            return error(404, 10015, "Unknown Webhook");
        }
        return Reply.ok(interactionMessage(state, body));
    }

    private Optional<ObjectNode> webhookMessage(String token, String messageId) {
        FakeWorld.InteractionState state = world.interactionsByToken.get(token);
        if (state == null) {
            return Optional.empty();
        }
        String id = "@original".equals(messageId) ? state.originalMessageId : messageId;
        return id == null ? Optional.empty() : Optional.ofNullable(world.messages.get(id));
    }

    /** A message created by an interaction response or follow-up: sent by the bot through the app's webhook. */
    private ObjectNode interactionMessage(FakeWorld.InteractionState state, JsonNode data) {
        ObjectNode message = payloads.botMessage(state.channelId, data, state.type == 2 ? 20 : 0);
        message.put("webhook_id", world.applicationId);
        message.put("application_id", world.applicationId);
        ObjectNode metadata = message.putObject("interaction_metadata");
        metadata.put("id", state.id);
        metadata.put("type", state.type);
        metadata.set("user", state.user.toJson());
        metadata.putObject("authorizing_integration_owners").put("0", state.guildId == null ? "0" : state.guildId);
        if (state.commandName != null) {
            metadata.put("name", state.commandName);
            metadata.put("command_type", 1);
        }
        if (state.componentMessageId != null) {
            metadata.put("interacted_message_id", state.componentMessageId);
        }
        return message;
    }
}
