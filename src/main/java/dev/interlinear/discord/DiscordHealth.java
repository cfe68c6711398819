package dev.interlinear.discord;

import dev.interlinear.serving.Health;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Reports the connection to Discord as {@link Health#DISCORD}: OK "connected" while every shard of this process
 * is connected, DOWN with the reason otherwise (connecting, reconnecting after a drop, shut down, the token
 * rejected). Essential: a bot that cannot reach Discord cannot answer there. Driven by JDA's status events, so it
 * changes as the gateway does, not when someone asks.
 */
final class DiscordHealth extends ListenerAdapter {

    private static final boolean ESSENTIAL = true;
    static final String CONNECTED = "connected";
    static final String TOKEN_REJECTED = "Discord rejected the token in " + TokenMask.VARIABLE;

    private final Health health;
    private final TokenMask mask;
    /** The shards seen so far, by id: a shard manager lists a shard only once it has started. */
    private final Map<Integer, JDA> shards = new ConcurrentSkipListMap<>();
    /** Why each shard last lost its gateway connection, while it has not connected again. */
    private final Map<Integer, String> lastDrop = new ConcurrentHashMap<>();

    DiscordHealth(Health health, TokenMask mask) {
        this.health = health;
        this.mask = mask;
    }

    /** Before the shard manager is built: nothing connected yet. */
    void starting() {
        health.down(Health.DISCORD, ESSENTIAL, "connecting to Discord");
    }

    /** The shard manager could not be built: the token was refused, or Discord could not be reached. */
    void failedToStart(RuntimeException e) {
        String reason = e instanceof InvalidTokenException
                ? TOKEN_REJECTED
                : "cannot reach Discord: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null
                                ? ""
                                : ": " + e.getMessage().lines().findFirst().orElse(""));
        health.down(Health.DISCORD, ESSENTIAL, mask.apply(reason));
    }

    @Override
    public void onStatusChange(StatusChangeEvent event) {
        report(event.getJDA());
    }

    @Override
    public void onSessionDisconnect(SessionDisconnectEvent event) {
        CloseCode code = event.getCloseCode();
        lastDrop.put(idOf(event.getJDA()), code == null ? "connection lost" : describe(code));
        report(event.getJDA());
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        CloseCode code = event.getCloseCode();
        if (code != null && code != CloseCode.GRACEFUL_CLOSE) {
            lastDrop.put(idOf(event.getJDA()), describe(code));
        }
        report(event.getJDA());
    }

    /**
     * Reports the state of all shards, whichever one changed. Synchronized so that reports land in the order their
     * statuses were read: JDA sets a status before it fires the event, so the last report sees the latest ones.
     */
    private synchronized void report(JDA changed) {
        shards.put(idOf(changed), changed);
        ShardManager manager = changed.getShardManager();
        if (manager != null) {
            manager.getShards().forEach(jda -> shards.put(idOf(jda), jda));
        }
        int queued = manager == null ? 0 : manager.getShardsQueued();
        boolean several = shards.size() + queued > 1;
        for (JDA jda : shards.values()) {
            JDA.Status status = jda.getStatus();
            int id = idOf(jda);
            if (status == JDA.Status.CONNECTED) {
                lastDrop.remove(id);
            } else {
                String reason = reason(status, lastDrop.get(id));
                health.down(Health.DISCORD, ESSENTIAL, several ? "shard " + id + ": " + reason : reason);
                return;
            }
        }
        if (queued > 0) {
            health.down(Health.DISCORD, ESSENTIAL, "connecting: " + queued + " shard(s) waiting to start");
            return;
        }
        health.ok(Health.DISCORD, ESSENTIAL, several ? CONNECTED + " (" + shards.size() + " shards)" : CONNECTED);
    }

    /**
     * What a shard that is not connected is doing, and why, in words for an operator. A shard that lost its
     * connection goes through the connecting statuses again; until it is back, the drop is the reason.
     */
    static String reason(JDA.Status status, String lastDrop) {
        String why = lastDrop == null ? "" : " (" + lastDrop + ")";
        return switch (status) {
            case FAILED_TO_LOGIN -> "failed to log in: " + TOKEN_REJECTED;
            case SHUTTING_DOWN, SHUTDOWN -> "disconnected for good" + why;
            case DISCONNECTED, RECONNECT_QUEUED, WAITING_TO_RECONNECT, ATTEMPTING_TO_RECONNECT ->
                "disconnected, reconnecting" + why;
            default -> lastDrop == null ? "connecting" : "disconnected, reconnecting" + why;
        };
    }

    private static String describe(CloseCode code) {
        return code == CloseCode.AUTHENTICATION_FAILED
                ? TOKEN_REJECTED
                : "gateway closed with " + code.getCode() + ", " + code.getMeaning();
    }

    private static int idOf(JDA jda) {
        return jda.getShardInfo().getShardId();
    }
}
