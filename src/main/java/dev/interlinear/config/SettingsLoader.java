package dev.interlinear.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.interlinear.lexicon.Dictionaries;
import dev.interlinear.lexicon.SpellingDictionaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@code interlinear.yaml}, then lets environment variables override single keys. Unknown keys and
 * wrong types fail with a message that names the key, so a typo never silently falls back to a default.
 */
public final class SettingsLoader {

    /** Every key, with the environment variable that overrides it. */
    static final Map<String, String> ENVIRONMENT = Map.ofEntries(
            Map.entry("corpus", "INTERLINEAR_CORPUS"),
            Map.entry("data-dir", "INTERLINEAR_DATA_DIR"),
            Map.entry("dictionaries", "INTERLINEAR_DICTIONARIES"),
            Map.entry("spelling", "INTERLINEAR_SPELLING"),
            Map.entry("default-language", "INTERLINEAR_DEFAULT_LANGUAGE"),
            Map.entry("languages", "INTERLINEAR_LANGUAGES"),
            Map.entry("watch-articles", "INTERLINEAR_WATCH_ARTICLES"),
            Map.entry("answer.min-confidence", "INTERLINEAR_MIN_CONFIDENCE"),
            Map.entry("answer.alternatives", "INTERLINEAR_ALTERNATIVES"),
            Map.entry("web.port", "INTERLINEAR_PORT"),
            Map.entry("web.public-url", "INTERLINEAR_PUBLIC_URL"),
            Map.entry("web.ask-per-minute", "INTERLINEAR_ASK_PER_MINUTE"),
            Map.entry("web.ask-burst", "INTERLINEAR_ASK_BURST"),
            Map.entry("web.trust-proxy", "INTERLINEAR_TRUST_PROXY"),
            Map.entry("discord.api-url", "DISCORD_API_URL"),
            Map.entry("discord.shards-total", "INTERLINEAR_SHARDS_TOTAL"),
            Map.entry("discord.shards", "INTERLINEAR_SHARDS"),
            Map.entry("discord.answer-channels", "INTERLINEAR_ANSWER_CHANNELS"),
            Map.entry("discord.test-guild", "INTERLINEAR_TEST_GUILD"),
            Map.entry("discord.cooldown-seconds", "INTERLINEAR_COOLDOWN_SECONDS"),
            Map.entry("discord.message-content", "INTERLINEAR_MESSAGE_CONTENT"));

    private static final Set<String> SECTIONS = Set.of("answer", "web", "discord");

    private final Function<String, String> environment;

    public SettingsLoader(Function<String, String> environment) {
        this.environment = environment;
    }

    /** Loads {@code file} if it exists (defaults otherwise) and applies the environment. */
    public Settings load(Path file) {
        JsonNode root = Files.exists(file) ? parse(file) : new ObjectMapper().createObjectNode();
        rejectUnknownKeys(root, file);
        Path base = Path.of("");
        return new Settings(
                base.resolve(text(root, "corpus").orElse("config/articles")),
                base.resolve(text(root, "data-dir").orElse("data")),
                text(root, "dictionaries").map(base::resolve).orElse(Dictionaries.DEBIAN_FOLDER),
                text(root, "spelling").map(base::resolve).orElse(SpellingDictionaries.DEBIAN_FOLDER),
                text(root, "default-language").map(SettingsLoader::languageTag).orElse("en"),
                list(root, "languages").orElse(List.of("en", "de", "pt", "es", "fr")).stream()
                        .map(SettingsLoader::languageTag)
                        .distinct()
                        .toList(),
                bool(root, "watch-articles").orElse(true),
                new AnswerSettings(
                        number(root, "answer.min-confidence").orElse(AnswerSettings.DEFAULTS.minConfidence()),
                        integer(root, "answer.alternatives").orElse(AnswerSettings.DEFAULTS.alternatives())),
                new WebSettings(
                        integer(root, "web.port").orElse(WebSettings.DEFAULTS.port()),
                        text(root, "web.public-url"),
                        integer(root, "web.ask-per-minute").orElse(WebSettings.DEFAULTS.askPerMinute()),
                        integer(root, "web.ask-burst").orElse(WebSettings.DEFAULTS.askBurst()),
                        bool(root, "web.trust-proxy").orElse(WebSettings.DEFAULTS.trustProxy())),
                new DiscordSettings(
                        text(root, "discord.api-url"),
                        integer(root, "discord.shards-total").orElse(DiscordSettings.DEFAULTS.shardsTotal()),
                        text(root, "discord.shards").filter(s -> !s.isBlank()).map(DiscordSettings.ShardRange::parse),
                        list(root, "discord.answer-channels").orElse(List.of()),
                        text(root, "discord.test-guild"),
                        integer(root, "discord.cooldown-seconds").orElse(DiscordSettings.DEFAULTS.cooldownSeconds()),
                        bool(root, "discord.message-content").orElse(DiscordSettings.DEFAULTS.messageContent())));
    }

    private static JsonNode parse(Path file) {
        try {
            JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return new ObjectMapper().createObjectNode();
            }
            if (!node.isObject()) {
                throw new ConfigException(file + ": expected key: value pairs at the top level");
            }
            return node;
        } catch (JacksonException e) {
            throw new ConfigException(
                    file + ": not valid YAML (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void rejectUnknownKeys(JsonNode root, Path file) {
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String key = e.getKey();
            if (SECTIONS.contains(key)) {
                if (e.getValue().isNull()) {
                    continue; // "web:" with every key commented out: all defaults
                }
                if (!e.getValue().isObject()) {
                    throw new ConfigException(file + ": '" + key + "' must be a section of keys");
                }
                for (Iterator<String> names = e.getValue().fieldNames(); names.hasNext(); ) {
                    String full = key + "." + names.next();
                    if (!ENVIRONMENT.containsKey(full)) {
                        throw new ConfigException(file + ": unknown setting '" + full + "'");
                    }
                }
            } else if (!ENVIRONMENT.containsKey(key)) {
                throw new ConfigException(file + ": unknown setting '" + key + "'");
            }
        }
    }

    /** The environment's value of a key if set, else the file's, as text. */
    private Optional<String> raw(JsonNode root, String key) {
        String env = environment.apply(ENVIRONMENT.get(key));
        if (env != null && !env.isBlank()) {
            return Optional.of(env.strip());
        }
        JsonNode node = root;
        for (String part : key.split("\\.")) {
            node = node.path(part);
        }
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isContainerNode()) {
            if (node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(n -> items.add(n.asText()));
                return Optional.of(String.join(",", items));
            }
            throw new ConfigException("setting '" + key + "' must be a single value");
        }
        return Optional.of(node.asText());
    }

    private Optional<String> text(JsonNode root, String key) {
        return raw(root, key);
    }

    private Optional<List<String>> list(JsonNode root, String key) {
        return raw(root, key)
                .map(v -> Arrays.stream(v.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());
    }

    private Optional<Integer> integer(JsonNode root, String key) {
        return raw(root, key).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new ConfigException("setting '" + key + "' must be a whole number, got '" + v + "'");
            }
        });
    }

    private Optional<Boolean> bool(JsonNode root, String key) {
        return raw(root, key).map(v -> switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException("setting '" + key + "' must be true or false, got '" + v + "'");
        });
    }

    private Optional<Double> number(JsonNode root, String key) {
        return raw(root, key).map(v -> {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new ConfigException("setting '" + key + "' must be a number, got '" + v + "'");
            }
        });
    }

    private static String languageTag(String tag) {
        String t = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        if (t.isEmpty()) {
            throw new ConfigException("'" + tag + "' is not a language tag (use e.g. en, de, pt)");
        }
        return t;
    }
}
