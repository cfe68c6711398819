package dev.interlinear.lexicon;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What a question word may be in the articles' other languages, as index terms: for a language questions are asked
 * in and a stem of it, the stems of each article language that a dictionary translates it as. Only translations
 * the articles use are kept (the build reads them from the index), so the table is small and every entry can
 * match. Saved beside the index, one generation's own.
 */
public final class WordTranslations {

    /** The file in an index generation folder. */
    public static final String FILE = "translations.tsv.gz";

    private static final String ASKED_IN = "# asked in: ";

    /** question language -> its stem -> article language -> stems there */
    private final Map<String, Map<String, Map<String, Set<String>>>> table;
    /** The question languages it was made for (an incremental build may reuse it for these). */
    private final Set<String> askedIn;

    private WordTranslations(Map<String, Map<String, Map<String, Set<String>>>> table, Set<String> askedIn) {
        this.table = table;
        this.askedIn = askedIn;
    }

    public static WordTranslations empty() {
        return empty(Set.of());
    }

    /** No translations yet, for questions in these languages. */
    public static WordTranslations empty(Set<String> askedIn) {
        return new WordTranslations(new TreeMap<>(), new TreeSet<>(askedIn));
    }

    /** The question languages it was made for, in alphabetical order. */
    public Set<String> askedIn() {
        return Collections.unmodifiableSet(new TreeSet<>(askedIn));
    }

    /** A copy with the translations of questions in these languages only. */
    public WordTranslations forAskedIn(Set<String> languages) {
        WordTranslations out = empty(languages);
        table.forEach((from, stems) -> {
            if (languages.contains(from)) {
                stems.forEach((stem, targets) ->
                        targets.forEach((to, terms) -> terms.forEach(t -> out.add(from, stem, to, t))));
            }
        });
        return out;
    }

    /** Adds that {@code stem} of language {@code from} may be {@code translation} of language {@code to}. */
    void add(String from, String stem, String to, String translation) {
        table.computeIfAbsent(from, k -> new TreeMap<>())
                .computeIfAbsent(stem, k -> new TreeMap<>())
                .computeIfAbsent(to, k -> new TreeSet<>())
                .add(translation);
    }

    /** Adds every translation of another table. */
    public void addAll(WordTranslations other) {
        askedIn.addAll(other.askedIn);
        other.table.forEach((from, stems) -> stems.forEach(
                (stem, targets) -> targets.forEach((to, terms) -> terms.forEach(t -> add(from, stem, to, t)))));
    }

    /** The stems, by article language, that a question stem of {@code lang} may be; empty when none is known. */
    public Map<String, Set<String>> of(String lang, String stem) {
        return table.getOrDefault(lang, Map.of()).getOrDefault(stem, Map.of());
    }

    /** The stems of questions in {@code lang} that have a translation, in alphabetical order. */
    public Set<String> stems(String lang) {
        return Collections.unmodifiableSet(table.getOrDefault(lang, Map.of()).keySet());
    }

    /** How many question stems have a translation. */
    public int size() {
        return table.values().stream().mapToInt(Map::size).sum();
    }

    /** Writes the table into an index generation folder, sorted: the same translations give the same file. */
    public void save(Path generation) throws IOException {
        Path file = generation.resolve(FILE);
        try (BufferedWriter out = new BufferedWriter(
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            out.write(ASKED_IN + String.join(" ", askedIn) + "\n");
            for (var byLang : table.entrySet()) {
                for (var byStem : byLang.getValue().entrySet()) {
                    for (var target : byStem.getValue().entrySet()) {
                        out.write(byLang.getKey() + "\t" + byStem.getKey() + "\t" + target.getKey() + "\t"
                                + String.join(" ", target.getValue()) + "\n");
                    }
                }
            }
        }
    }

    /** The table of an index generation; empty when it has none (built without dictionaries). */
    public static WordTranslations load(Path generation) {
        Path file = generation.resolve(FILE);
        WordTranslations out = empty();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith(ASKED_IN)) {
                    for (String lang : line.substring(ASKED_IN.length()).split(" ")) {
                        if (!lang.isBlank()) {
                            out.askedIn.add(lang);
                        }
                    }
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length == 4) {
                    for (String t : cells[3].split(" ")) {
                        out.add(cells[0], cells[1], cells[2], t);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        return out;
    }
}
