package dev.interlinear.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code article.yaml}. Structural mistakes (broken YAML, a key of the wrong type, an invalid language
 * tag or URL) make the whole file ignored, so that an article is never served with half-right metadata;
 * unknown keys are reported but do not spoil the rest.
 */
public final class ArticleMetadataReader {

    /**
     * The metadata to use (empty when the file had to be ignored) and one line per problem found.
     *
     * @param ignored whether the whole file was ignored (else the problems are notices about parts of it)
     */
    public record Result(ArticleMetadata metadata, List<String> problems, boolean ignored) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    public Result read(String content) {
        JsonNode root;
        try {
            root = yaml.readTree(content);
        } catch (JsonProcessingException broken) {
            return ignored(List.of("invalid YAML: " + oneLine(broken)));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Result(ArticleMetadata.none(), List.of(), false);
        }
        if (!root.isObject()) {
            return ignored(List.of("expected a mapping with the keys original, titles, urls, found " + describe(root)));
        }
        List<String> errors = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Optional<String> original = Optional.empty();
        Map<String, String> titles = Map.of();
        Map<String, String> urls = Map.of();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "original" -> original = originalLanguage(value, errors);
                case "titles" -> titles = perLanguage("titles", value, errors, false);
                case "urls" -> urls = perLanguage("urls", value, errors, true);
                default -> notices.add("unknown key '" + key + "' ignored (known keys: original, titles, urls)");
            }
        }
        if (!errors.isEmpty()) {
            List<String> all = new ArrayList<>(errors);
            all.addAll(notices);
            return ignored(all);
        }
        return new Result(new ArticleMetadata(original, titles, urls), notices, false);
    }

    private static Optional<String> originalLanguage(JsonNode value, List<String> errors) {
        if (value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            errors.add("key 'original': expected a language tag, found " + describe(value));
            return Optional.empty();
        }
        Optional<String> tag = LanguageTag.normalise(value.asText());
        if (tag.isEmpty()) {
            errors.add("key 'original': '" + value.asText() + "' is not a language tag");
        }
        return tag;
    }

    private static Map<String, String> perLanguage(String key, JsonNode value, List<String> errors, boolean urls) {
        if (value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            errors.add("key '" + key + "': expected a mapping from language to " + (urls ? "URL" : "title") + ", found "
                    + describe(value));
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String where = "key '" + key + "." + entry.getKey() + "'";
            Optional<String> lang = LanguageTag.normalise(entry.getKey());
            JsonNode item = entry.getValue();
            if (lang.isEmpty()) {
                errors.add(where + ": '" + entry.getKey() + "' is not a language tag");
            } else if (!item.isTextual() || item.asText().isBlank()) {
                errors.add(where + ": expected " + (urls ? "a URL" : "a title") + ", found " + describe(item));
            } else if (urls && !isWebUrl(item.asText().strip())) {
                errors.add(where + ": '" + item.asText() + "' is not an http(s) URL");
            } else if (result.putIfAbsent(lang.get(), item.asText().strip()) != null) {
                errors.add(where + ": language " + lang.get() + " is given twice");
            }
        }
        return result;
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException invalid) {
            return false;
        }
    }

    private static Result ignored(List<String> problems) {
        List<String> lines = new ArrayList<>();
        for (String problem : problems) {
            lines.add(problem + "; metadata of this article ignored");
        }
        return new Result(ArticleMetadata.none(), lines, true);
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return node.asText().isBlank() ? "an empty text" : "text";
        }
        return node.isNumber()
                ? "a number"
                : node.isBoolean() ? "a boolean" : node.getNodeType().toString().toLowerCase();
    }

    private static String oneLine(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        String first = Whitespace.collapse(message.lines().findFirst().orElse(message));
        var location = e.getLocation();
        return location != null && location.getLineNr() > 0
                ? first + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
                : first;
    }
}
