package dev.interlinear.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the Discord JSON objects (READY, GUILD_CREATE, messages, interactions) from the {@link FakeWorld}. */
final class Payloads {

    private final FakeWorld world;

    Payloads(FakeWorld world) {
        this.world = world;
    }

    // ---------------------------------------------------------------- gateway session

    ObjectNode ready(String sessionId, String resumeGatewayUrl) {
        ObjectNode d = Json.object();
        d.put("v", 10);
        ObjectNode user = world.bot.toJson();
        user.put("verified", true);
        user.put("mfa_enabled", false);
        user.put("flags", 0);
        user.putNull("email");
        d.set("user", user);
        ArrayNode guilds = d.putArray("guilds");
        guilds.addObject().put("id", world.guildId).put("unavailable", true);
        d.put("session_id", sessionId);
        d.put("session_type", "normal");
        d.put("resume_gateway_url", resumeGatewayUrl);
        d.putArray("shard").add(0).add(1);
        d.putObject("application").put("id", world.applicationId).put("flags", 0);
        d.putArray("private_channels");
        d.putArray("relationships");
        d.putArray("presences");
        d.putArray("guild_join_requests");
        d.putArray("geo_ordered_rtc_regions");
        d.putObject("user_settings");
        d.putObject("auth");
        return d;
    }

    ObjectNode guildCreate() {
        ObjectNode g = Json.object();
        g.put("id", world.guildId);
        g.put("name", world.guildName);
        g.putNull("icon");
        g.putNull("icon_hash");
        g.putNull("splash");
        g.putNull("discovery_splash");
        g.put("owner_id", world.human.id());
        g.putNull("afk_channel_id");
        g.put("afk_timeout", 300);
        g.put("widget_enabled", false);
        g.put("verification_level", 0);
        g.put("default_message_notifications", 0);
        g.put("explicit_content_filter", 0);
        g.putArray("roles").add(everyoneRole());
        g.putArray("emojis");
        g.putArray("features");
        g.put("mfa_level", 0);
        g.putNull("application_id");
        g.putNull("system_channel_id");
        g.put("system_channel_flags", 0);
        g.putNull("rules_channel_id");
        g.put("max_members", 500000);
        g.putNull("vanity_url_code");
        g.putNull("description");
        g.putNull("banner");
        g.put("premium_tier", 0);
        g.put("premium_subscription_count", 0);
        g.put("preferred_locale", world.guildLocale);
        g.putNull("public_updates_channel_id");
        g.put("max_video_channel_users", 25);
        g.put("max_stage_video_channel_users", 50);
        g.put("nsfw", false);
        g.put("nsfw_level", 0);
        g.put("premium_progress_bar_enabled", false);
        g.putNull("safety_alerts_channel_id");
        g.putNull("incidents_data");
        g.put("joined_at", Json.timestamp(world.joinedAt));
        g.put("large", false);
        g.put("unavailable", false);
        g.put("lazy", true);
        g.put("member_count", world.members.size());
        g.putArray("voice_states");
        ArrayNode members = g.putArray("members");
        world.members.forEach(user -> members.add(member(user)));
        g.putArray("channels").add(textChannel());
        g.putArray("threads");
        g.putArray("presences");
        g.putArray("stage_instances");
        g.putArray("guild_scheduled_events");
        g.putArray("stickers");
        g.putArray("soundboard_sounds");
        g.putArray("embedded_activities");
        return g;
    }

    ObjectNode everyoneRole() {
        ObjectNode role = Json.object();
        role.put("id", world.guildId);
        role.put("name", "@everyone");
        role.put("color", 0);
        role.putObject("colors")
                .put("primary_color", 0)
                .putNull("secondary_color")
                .putNull("tertiary_color");
        role.put("hoist", false);
        role.putNull("icon");
        role.putNull("unicode_emoji");
        role.put("position", 0);
        role.put("permissions", Long.toUnsignedString(world.everyonePermissions));
        role.put("managed", false);
        role.put("mentionable", false);
        role.put("flags", 0);
        return role;
    }

    ObjectNode member(FakeUser user) {
        ObjectNode m = Json.object();
        m.set("user", user.toJson());
        m.putNull("nick");
        m.putNull("avatar");
        m.putNull("banner");
        m.putArray("roles");
        m.put("joined_at", Json.timestamp(world.joinedAt));
        m.putNull("premium_since");
        m.put("deaf", false);
        m.put("mute", false);
        m.put("flags", 0);
        m.put("pending", false);
        m.putNull("communication_disabled_until");
        return m;
    }

    /** A member object as it appears inside MESSAGE_CREATE (without {@code user}). */
    ObjectNode messageMember(FakeUser user) {
        ObjectNode m = member(user);
        m.remove("user");
        return m;
    }

    ObjectNode textChannel() {
        ObjectNode c = Json.object();
        c.put("id", world.textChannelId);
        c.put("type", 0);
        c.put("guild_id", world.guildId);
        c.put("name", world.textChannelName);
        c.put("position", 0);
        c.putArray("permission_overwrites");
        c.put("nsfw", false);
        c.putNull("topic");
        c.putNull("last_message_id");
        c.put("rate_limit_per_user", 0);
        c.putNull("parent_id");
        c.put("flags", 0);
        return c;
    }

    ObjectNode dmChannel(FakeUser recipient) {
        ObjectNode c = Json.object();
        c.put("id", world.dmChannelId(recipient));
        c.put("type", 1);
        c.putNull("last_message_id");
        c.put("flags", 0);
        c.putArray("recipients").add(recipient.toJson());
        return c;
    }

    // ---------------------------------------------------------------- messages

    /** A message sent by a user, as in MESSAGE_CREATE; stored in the world. */
    ObjectNode userMessage(
            FakeUser author, String channelId, String content, List<FakeUser> mentions, String referencedMessageId) {
        boolean guild = world.isGuildChannel(channelId);
        ObjectNode m = Json.object();
        m.put("id", Snowflakes.nextId());
        m.put("channel_id", channelId);
        m.put("channel_type", guild ? 0 : 1);
        if (guild) {
            m.put("guild_id", world.guildId);
            m.set("member", messageMember(author));
        }
        m.set("author", author.toJson());
        m.put("content", content);
        m.put("timestamp", Json.now());
        m.putNull("edited_timestamp");
        m.put("tts", false);
        m.put("mention_everyone", false);
        ArrayNode mentionArray = m.putArray("mentions");
        for (FakeUser mentioned : mentions) {
            ObjectNode u = mentioned.toJson();
            if (guild && world.isMember(mentioned)) {
                u.set("member", messageMember(mentioned));
            }
            mentionArray.add(u);
        }
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        m.put("pinned", false);
        m.put("type", 0);
        m.put("flags", 0);
        m.put("nonce", Snowflakes.nextId());
        if (referencedMessageId != null) {
            addReference(m, channelId, referencedMessageId);
        }
        world.messages.put(m.get("id").asText(), m);
        return m;
    }

    /**
     * A message the bot created through REST, from the JSON it sent (content, embeds, components, flags,
     * message_reference, attachments). Stored in the world.
     */
    ObjectNode botMessage(String channelId, JsonNode request, int type) {
        ObjectNode m = Json.object();
        m.put("id", Snowflakes.nextId());
        m.put("channel_id", channelId);
        m.set("author", world.bot.toJson());
        m.put("timestamp", Json.now());
        m.putNull("edited_timestamp");
        m.put("tts", request.path("tts").asBoolean(false));
        m.put("mention_everyone", false);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.put("pinned", false);
        m.put("type", type);
        applyEdit(m, request);
        if (!m.has("content")) {
            m.put("content", "");
        }
        if (!m.has("flags")) {
            m.put("flags", 0);
        }
        JsonNode reference = request.path("message_reference");
        if (reference.hasNonNull("message_id")) {
            m.put("type", 19);
            addReference(m, channelId, reference.get("message_id").asText());
        }
        world.messages.put(m.get("id").asText(), m);
        return m;
    }

    /** Embeds as Discord stores them: every embed a bot sends comes back with {@code "type": "rich"}. */
    private static ArrayNode richEmbeds(JsonNode sent) {
        ArrayNode out = Json.array();
        for (JsonNode e : sent) {
            ObjectNode copy = (ObjectNode) e.deepCopy();
            if (!copy.has("type")) {
                copy.put("type", "rich");
            }
            out.add(copy);
        }
        return out;
    }

    /** Applies the fields of a create or edit request to a stored message. */
    void applyEdit(ObjectNode message, JsonNode request) {
        if (request.has("content")) {
            message.put("content", request.path("content").asText(""));
        }
        if (request.has("flags")) {
            message.put("flags", request.path("flags").asInt(0));
        }
        message.set(
                "embeds",
                request.has("embeds") && request.get("embeds").isArray()
                        ? richEmbeds(request.get("embeds"))
                        : message.has("embeds") ? message.get("embeds") : Json.array());
        message.set(
                "components",
                request.has("components") && request.get("components").isArray()
                        ? withComponentIds(request.get("components").deepCopy())
                        : message.has("components") ? message.get("components") : Json.array());
        ArrayNode attachments = Json.array();
        if (request.has("attachments") && request.get("attachments").isArray()) {
            for (JsonNode a : request.get("attachments")) {
                String filename = a.path("filename").asText("file");
                String id = Snowflakes.nextId();
                ObjectNode attachment = attachments.addObject();
                attachment.put("id", id);
                attachment.put("filename", filename);
                attachment.put("size", 0);
                attachment.put("url", "https://cdn.discordapp.invalid/attachments/" + id + "/" + filename);
                attachment.put("proxy_url", "https://media.discordapp.invalid/attachments/" + id + "/" + filename);
            }
            message.set("attachments", attachments);
        } else if (!message.has("attachments")) {
            message.set("attachments", attachments);
        }
    }

    private void addReference(ObjectNode message, String channelId, String referencedMessageId) {
        ObjectNode reference = message.putObject("message_reference");
        reference.put("type", 0);
        reference.put("message_id", referencedMessageId);
        reference.put("channel_id", channelId);
        if (world.isGuildChannel(channelId)) {
            reference.put("guild_id", world.guildId);
        }
        ObjectNode referenced = world.messages.get(referencedMessageId);
        if (referenced == null) {
            message.putNull("referenced_message");
        } else {
            ObjectNode copy = referenced.deepCopy();
            copy.remove("referenced_message");
            message.set("referenced_message", copy);
        }
    }

    /** Discord gives every component in a message a numeric {@code id}; do the same where the bot set none. */
    private static JsonNode withComponentIds(JsonNode components) {
        AtomicInteger next = new AtomicInteger(1);
        assignIds(components, next);
        return components;
    }

    private static void assignIds(JsonNode node, AtomicInteger next) {
        if (node.isArray()) {
            node.forEach(child -> assignIds(child, next));
        } else if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("type") && !object.hasNonNull("id")) {
                object.put("id", next.getAndIncrement());
            }
            for (String nested : List.of("components", "accessory", "component")) {
                if (object.has(nested)) {
                    assignIds(object.get(nested), next);
                }
            }
        }
    }

    // ---------------------------------------------------------------- interactions

    /** The fields every interaction has: ids, token, user or member, guild or DM channel, locales. */
    ObjectNode interactionBase(String id, String token, int type, FakeUser user, boolean inGuild, String locale) {
        ObjectNode i = Json.object();
        i.put("id", id);
        i.put("application_id", world.applicationId);
        i.put("type", type);
        i.put("token", token);
        i.put("version", 1);
        i.put("locale", locale);
        i.put("app_permissions", Long.toUnsignedString(world.everyonePermissions));
        i.putArray("entitlements");
        i.put("attachment_size_limit", 10_485_760);
        if (inGuild) {
            i.put("guild_id", world.guildId);
            i.put("guild_locale", world.guildLocale);
            ObjectNode guild = i.putObject("guild");
            guild.put("id", world.guildId);
            guild.put("locale", world.guildLocale);
            guild.putArray("features");
            ObjectNode channel = textChannel();
            channel.put("permissions", Long.toUnsignedString(world.everyonePermissions));
            i.set("channel", channel);
            i.put("channel_id", world.textChannelId);
            ObjectNode member = member(user);
            member.put("permissions", Long.toUnsignedString(world.everyonePermissions));
            i.set("member", member);
            i.putObject("authorizing_integration_owners").put("0", world.guildId);
            i.put("context", 0);
        } else {
            i.set("user", user.toJson());
            i.set("channel", dmChannel(user));
            i.put("channel_id", world.dmChannelId(user));
            i.putObject("authorizing_integration_owners").put("0", "0");
            i.put("context", 1);
        }
        return i;
    }

    /** The {@code data} of an application command (or autocomplete) interaction. */
    ObjectNode commandData(String name, Map<String, Object> options, String focusedOption) {
        ObjectNode data = Json.object();
        ObjectNode registered = world.commandScope("global").get(name);
        if (registered == null) {
            registered = world.commandScope(world.guildId).get(name);
        }
        data.put("id", registered != null ? registered.get("id").asText() : Snowflakes.nextId());
        data.put("name", name);
        data.put("type", 1);
        ArrayNode array = data.putArray("options");
        options.forEach((optionName, value) -> {
            ObjectNode option = array.addObject();
            option.put("name", optionName);
            option.put("type", optionType(value));
            option.set("value", Json.MAPPER.valueToTree(value));
            if (optionName.equals(focusedOption)) {
                option.put("focused", true);
            }
        });
        return data;
    }

    private static int optionType(Object value) {
        if (value instanceof Boolean) {
            return 5;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return 4;
        }
        if (value instanceof Number) {
            return 10;
        }
        return 3;
    }

    /** The command as Discord echoes it after registration, with ids and version. */
    ObjectNode registeredCommand(JsonNode request, String guildId) {
        ObjectNode command = request.deepCopy();
        command.put("id", Snowflakes.nextId());
        command.put("application_id", world.applicationId);
        command.put("version", Snowflakes.nextId());
        if (!command.has("type")) {
            command.put("type", 1);
        }
        if (!command.has("description")) {
            command.put("description", "");
        }
        if (guildId != null) {
            command.put("guild_id", guildId);
        }
        if (!command.has("default_member_permissions")) {
            command.putNull("default_member_permissions");
        }
        command.put("nsfw", command.path("nsfw").asBoolean(false));
        return command;
    }
}
