package dev.interlinear.lexicon;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bilingual dictionaries in a folder, by language pair: FreeDict's files as Debian installs them
 * ({@code /usr/share/dictd/freedict-eng-deu.index} with its {@code .dict.dz}), named by ISO 639-3 codes.
 */
public final class Dictionaries {

    /** Where Debian's {@code dict-freedict-*} packages put their files. */
    public static final Path DEBIAN_FOLDER = Path.of("/usr/share/dictd");

    private static final Pattern NAME = Pattern.compile("freedict-([a-z]{3})-([a-z]{3})\\.index");

    /** A dictionary from one language into another (base tags such as {@code en}). */
    public record Pair(String from, String to) {}

    private final Map<Pair, Path> indexes;

    private Dictionaries(Map<Pair, Path> indexes) {
        this.indexes = indexes;
    }

    /**
     * The dictionaries of a folder, by pair of languages with a two-letter code; none when the folder does not exist
     * or cannot be read (the dictionaries are optional).
     */
    public static Dictionaries in(Path folder) {
        Map<String, String> byIso3 = new HashMap<>();
        for (String lang : Locale.getISOLanguages()) {
            try {
                byIso3.put(Locale.forLanguageTag(lang).getISO3Language(), lang);
            } catch (MissingResourceException unknown) {
                // a code without a three-letter one has no dictionary
            }
        }
        Map<Pair, Path> out = new TreeMap<>(Comparator.comparing(Pair::from).thenComparing(Pair::to));
        if (!Files.isDirectory(folder)) {
            return new Dictionaries(out);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "freedict-*.index")) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && byIso3.containsKey(m.group(1)) && byIso3.containsKey(m.group(2))) {
                    out.put(new Pair(byIso3.get(m.group(1)), byIso3.get(m.group(2))), f);
                }
            }
        } catch (IOException unreadable) {
            return new Dictionaries(Map.of());
        }
        return new Dictionaries(out);
    }

    public Optional<DictdDictionary> between(String from, String to) {
        return Optional.ofNullable(indexes.get(new Pair(from, to))).map(DictdDictionary::new);
    }

    public List<Pair> pairs() {
        return List.copyOf(indexes.keySet());
    }

    public boolean isEmpty() {
        return indexes.isEmpty();
    }

    /**
     * What the dictionaries are, for the index's build inputs: each file's name, size and time of change, so that
     * installing, updating or removing one rebuilds the index.
     */
    public List<String> description() {
        List<String> out = new ArrayList<>();
        for (Path index : indexes.values()) {
            out.add(index.getFileName() + " " + stamp(index) + " " + stamp(new DictdDictionary(index).data()));
        }
        return out;
    }

    /** A file's size and time: what tells a changed dictionary from the one an index was built with. */
    static String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
