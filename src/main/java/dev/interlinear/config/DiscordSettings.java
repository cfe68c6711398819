package dev.interlinear.config;

import java.util.List;
import java.util.Optional;

/**
 * The Discord side. The bot token is not a setting: it comes from {@code DISCORD_TOKEN} only.
 *
 * @param apiUrl          REST base URL of a Discord-compatible server (tests); Discord's when empty
 * @param shardsTotal     total shard count of the deployment; -1 lets Discord recommend one
 * @param shards          the shard range this process runs, e.g. {@code 0-3}; all when empty
 * @param answerChannels  channel ids where the bot answers every message that looks like a question
 * @param testGuild       a guild id to register commands on instantly (global registration otherwise)
 * @param cooldownSeconds per-user pause between two questions
 * @param messageContent  whether the privileged message-content intent is enabled for the application
 */
public record DiscordSettings(
        Optional<String> apiUrl,
        int shardsTotal,
        Optional<ShardRange> shards,
        List<String> answerChannels,
        Optional<String> testGuild,
        int cooldownSeconds,
        boolean messageContent) {

    public static final DiscordSettings DEFAULTS =
            new DiscordSettings(Optional.empty(), -1, Optional.empty(), List.of(), Optional.empty(), 3, true);

    public DiscordSettings {
        answerChannels = List.copyOf(answerChannels);
        apiUrl = apiUrl.map(String::strip).filter(u -> !u.isEmpty());
        apiUrl.ifPresent(u -> {
            if (!u.startsWith("http://") && !u.startsWith("https://")) {
                throw new ConfigException("discord.api-url must start with http:// or https://, got " + u);
            }
        });
        testGuild = testGuild.map(String::strip).filter(g -> !g.isEmpty());
        if (shardsTotal == 0 || shardsTotal < -1) {
            throw new ConfigException(
                    "discord.shards-total must be -1 (as Discord recommends) or at least 1, got " + shardsTotal);
        }
        if (shards.isPresent() && shardsTotal == -1) {
            throw new ConfigException(
                    "discord.shards needs discord.shards-total: a range means nothing without a total");
        }
        if (shards.isPresent() && shards.get().last() >= shardsTotal) {
            throw new ConfigException(
                    "discord.shards " + shards.get() + " goes beyond discord.shards-total " + shardsTotal);
        }
        if (cooldownSeconds < 0 || cooldownSeconds > 3600) {
            throw new ConfigException("discord.cooldown-seconds must be between 0 and 3600, got " + cooldownSeconds);
        }
        for (String id : answerChannels) {
            if (!id.matches("\\d{1,20}")) {
                throw new ConfigException("discord.answer-channels must be channel ids (digits), got '" + id + "'");
            }
        }
        testGuild.ifPresent(id -> {
            if (!id.matches("\\d{1,20}")) {
                throw new ConfigException("discord.test-guild must be a guild id (digits), got '" + id + "'");
            }
        });
    }

    /** A range of shard ids, both ends included. */
    public record ShardRange(int first, int last) {
        public ShardRange {
            if (first < 0 || last < first) {
                throw new ConfigException("discord.shards must look like 0-3 (first-last), got " + first + "-" + last);
            }
        }

        public static ShardRange parse(String text) {
            String[] parts = text.strip().split("\\s*-\\s*");
            try {
                if (parts.length == 1) {
                    int n = Integer.parseInt(parts[0]);
                    return new ShardRange(n, n);
                }
                if (parts.length == 2) {
                    return new ShardRange(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConfigException("discord.shards must look like 0-3 (first-last), got '" + text + "'");
        }

        @Override
        public String toString() {
            return first + "-" + last;
        }
    }
}
