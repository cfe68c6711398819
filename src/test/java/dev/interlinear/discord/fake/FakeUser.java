package dev.interlinear.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Discord user known to the fake server.
 *
 * @param id       the user's snowflake
 * @param username the user's unique name
 * @param bot      whether the account is a bot
 */
public record FakeUser(String id, String username, boolean bot) {

    /** A new user (human or bot) with a fresh id. */
    public static FakeUser create(String username, boolean bot) {
        return new FakeUser(Snowflakes.nextId(), username, bot);
    }

    /** The mention markup for this user, {@code <@id>}. */
    public String mention() {
        return "<@" + id + ">";
    }

    /** The Discord user object. */
    public ObjectNode toJson() {
        ObjectNode user = Json.object();
        user.put("id", id);
        user.put("username", username);
        user.put("global_name", username);
        user.put("discriminator", "0");
        user.putNull("avatar");
        user.put("bot", bot);
        user.put("system", false);
        user.put("public_flags", 0);
        user.putNull("banner");
        user.putNull("accent_color");
        user.putNull("avatar_decoration_data");
        user.putNull("primary_guild");
        return user;
    }
}
