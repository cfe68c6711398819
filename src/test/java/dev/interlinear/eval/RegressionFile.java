package dev.interlinear.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads {@code eval/regressions.yaml}: a default {@code tolerance} and the {@code sets}, each with its
 * {@code name}, {@code corpus}, {@code questions}, optional {@code split} (default all), {@code locale} (default
 * each question's lang) and {@code tolerance}, and {@code expected} figures per
 * language. A mistake (an unknown key, a missing one, a value of the wrong kind) is an
 * {@link IllegalArgumentException} whose message names the file and the key.
 */
public final class RegressionFile {

    private static final Set<String> TOP_KEYS = Set.of("tolerance", "sets");
    private static final Set<String> SET_KEYS = Set.of(
            "name",
            "corpus",
            "questions",
            "split",
            "each_article",
            "locale",
            "dictionaries",
            "spelling",
            "tolerance",
            "expected");
    /** In the order they are written and checked. */
    private static final List<String> FIGURE_KEYS =
            List.of("n", "answerable_hit_at_1", "declined_share", "wrong_language");

    /** The sets of a regressions file, with paths resolved against {@code base}. */
    public record Regressions(double tolerance, List<RegressionSet> sets) {
        public Regressions {
            sets = List.copyOf(sets);
        }
    }

    private final Path file;

    private RegressionFile(Path file) {
        this.file = file;
    }

    /** Reads the file; relative paths in it are taken from {@code base} (the project's root). */
    public static Regressions read(Path file, Path base) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new RegressionFile(file).parse(text, base);
    }

    /** Parses the text of a regressions file named {@code file} in messages. */
    public static Regressions parse(Path file, String text, Path base) {
        return new RegressionFile(file).parse(text, base);
    }

    private Regressions parse(String text, Path base) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JacksonException e) {
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw fail("not valid YAML" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw fail("must be a mapping with 'tolerance' and 'sets'");
        }
        keys(root, TOP_KEYS, "");
        double tolerance = share(root.get("tolerance"), "tolerance", true).orElseThrow();
        JsonNode sets = root.get("sets");
        if (sets == null || !sets.isArray() || sets.isEmpty()) {
            throw fail("sets: must be a non-empty list of sets");
        }
        List<RegressionSet> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sets.size(); i++) {
            RegressionSet set = set(sets.get(i), "sets[" + i + "]", tolerance, base);
            if (!names.add(set.name())) {
                throw fail("sets[" + i + "].name: '" + set.name() + "' is used twice");
            }
            out.add(set);
        }
        return new Regressions(tolerance, out);
    }

    private RegressionSet set(JsonNode node, String at, double defaultTolerance, Path base) {
        if (!node.isObject()) {
            throw fail(at + ": must be a mapping");
        }
        keys(node, SET_KEYS, at + ".");
        String name = text(node, "name", at);
        String where = at + " (" + name + ")";
        Path corpus = base.resolve(text(node, "corpus", where));
        Path questions = base.resolve(text(node, "questions", where));
        ArticleSplit split = ArticleSplit.ALL;
        if (node.has("split")) {
            try {
                split = ArticleSplit.parse(text(node, "split", where));
            } catch (IllegalArgumentException e) {
                throw fail(where + ".split: " + e.getMessage());
            }
        }
        boolean eachArticle = false;
        if (node.has("each_article")) {
            if (!node.get("each_article").isBoolean()) {
                throw fail(where + ".each_article: must be true or false");
            }
            eachArticle = node.get("each_article").booleanValue();
        }
        AskerLocale locale = AskerLocale.QUESTION_LANGUAGE;
        if (node.has("locale")) {
            try {
                locale = AskerLocale.parse(text(node, "locale", where));
            } catch (IllegalArgumentException e) {
                throw fail(where + ".locale: " + e.getMessage());
            }
        }
        boolean needsDictionaries = required(node, "dictionaries", where);
        boolean needsSpelling = required(node, "spelling", where);
        double tolerance = node.has("tolerance")
                ? share(node.get("tolerance"), where + ".tolerance", true).orElseThrow()
                : defaultTolerance;
        JsonNode expected = node.get("expected");
        if (expected == null || !expected.isObject() || expected.isEmpty()) {
            throw fail(where + ".expected: must map each language to its figures, e.g. "
                    + "en: { n: 24, answerable_hit_at_1: 0.75, declined_share: null, wrong_language: 0 }");
        }
        Map<String, RegressionSet.Expected> figures = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            figures.put(e.getKey(), figures(e.getValue(), where + ".expected." + e.getKey()));
        }
        return new RegressionSet(
                name,
                corpus,
                questions,
                split,
                eachArticle,
                locale,
                needsDictionaries,
                needsSpelling,
                tolerance,
                figures);
    }

    /** A key that may only say {@code required}: the set's figures need something installed. */
    private boolean required(JsonNode node, String key, String where) {
        if (!node.has(key)) {
            return false;
        }
        String value = text(node, key, where);
        if (!value.equals("required")) {
            throw fail(where + "." + key + ": only 'required' is known, got '" + value + "'");
        }
        return true;
    }

    private RegressionSet.Expected figures(JsonNode node, String at) {
        if (!node.isObject()) {
            throw fail(at + ": must be a mapping of n, answerable_hit_at_1, declined_share, wrong_language");
        }
        keys(node, Set.copyOf(FIGURE_KEYS), at + ".");
        for (String key : FIGURE_KEYS) {
            if (!node.has(key)) {
                throw fail(at + ": '" + key + "' is missing (null when the language has no such question)");
            }
        }
        return new RegressionSet.Expected(
                count(node.get("n"), at + ".n", 1),
                share(node.get("answerable_hit_at_1"), at + ".answerable_hit_at_1", false),
                share(node.get("declined_share"), at + ".declined_share", false),
                count(node.get("wrong_language"), at + ".wrong_language", 0));
    }

    private void keys(JsonNode node, Set<String> allowed, String at) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw fail(at + key + ": unknown key (known: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private String text(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw fail(at + "." + key + ": must be given as text");
        }
        return value.asText();
    }

    private OptionalDouble share(JsonNode value, String at, boolean required) {
        if (value == null || value.isNull()) {
            if (required) {
                throw fail(at + ": must be given, a number between 0 and 1");
            }
            return OptionalDouble.empty();
        }
        if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
            throw fail(at + ": must be a number between 0 and 1" + (required ? "" : " or null") + " (not '"
                    + value.asText() + "')");
        }
        return OptionalDouble.of(value.asDouble());
    }

    private int count(JsonNode value, String at, int min) {
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min) {
            throw fail(at + ": must be a whole number of at least " + min + " (not '"
                    + (value == null ? "" : value.asText()) + "')");
        }
        return value.asInt();
    }

    private IllegalArgumentException fail(String message) {
        return new IllegalArgumentException(file + ": " + message);
    }
}
