package dev.interlinear.discord.fake;

import java.time.Instant;

/**
 * An interaction the fake dispatched to the bot.
 *
 * @param id            the interaction's snowflake (fresh, so JDA's 15-minute hook expiry is far away)
 * @param token         the interaction token, used in {@code interactions/{id}/{token}/callback} and
 *                      {@code webhooks/{application}/{token}/...}
 * @param type          2 application command, 3 message component, 4 autocomplete
 * @param channelId     the channel the interaction happened in (the guild text channel or a DM channel)
 * @param sentAt        when the fake dispatched it (or queued it, while no session was live): Discord's 3 s for
 *                      the first response count from here
 */
public record FakeInteraction(String id, String token, int type, String channelId, Instant sentAt) {

    /** The path of this interaction's callback, relative to the API base. */
    public String callbackPath() {
        return "interactions/" + id + "/" + token + "/callback";
    }

    /** The path prefix of this interaction's webhook (follow-ups and edits), relative to the API base. */
    public String webhookPath(String applicationId) {
        return "webhooks/" + applicationId + "/" + token;
    }
}
