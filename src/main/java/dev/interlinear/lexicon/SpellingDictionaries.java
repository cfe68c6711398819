package dev.interlinear.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Hunspell dictionaries (a folder of {@code xx_YY.aff} + {@code .dic}, as Debian's {@code hunspell-*} packages install
 * them in {@code /usr/share/hunspell}), read with Lucene's Hunspell: whether a word is a word of a language at all,
 * and which dictionary forms an inflected word is a form of ({@link #roots}, from a language's first variant alone).
 * For the spelling check every variant of a language there is read ({@code pt_PT} and {@code pt_BR}): a word is known
 * if one of them knows it. A language's dictionaries are read the first time it is asked about (0.4 to 1.5 s each),
 * then kept; which files exist is looked up once, so a dictionary installed later is read after a restart.
 */
public final class SpellingDictionaries {

    /** Where Debian's {@code hunspell-*} packages put them. */
    public static final Path DEBIAN_FOLDER = Path.of("/usr/share/hunspell");

    /** What a dictionary says of a word. */
    public enum Verdict {
        KNOWN,
        UNKNOWN,
        /** No dictionary for the language. */
        CANNOT_TELL
    }

    /** Longer "words" are no dictionary's (a pasted link, a run of letters); Hunspell need not try their affixes. */
    static final int LONGEST_WORD = 60;

    private final Path folder;
    private final Consumer<String> problems;
    private final Map<String, List<Path>> files = new ConcurrentHashMap<>();
    private final Map<String, List<Hunspell>> byLanguage = new ConcurrentHashMap<>();
    private final Map<String, Optional<Hunspell>> firstByLanguage = new ConcurrentHashMap<>();

    /**
     * @param folder   where the dictionaries are; a missing folder means none
     * @param problems told of a folder or dictionary that cannot be read: the language is then without one, as if not
     *                 installed
     */
    public SpellingDictionaries(Path folder, Consumer<String> problems) {
        this.folder = folder;
        this.problems = problems;
    }

    /** No dictionary for any language. */
    public static SpellingDictionaries none() {
        return new SpellingDictionaries(null, problem -> {});
    }

    /**
     * The dictionary each of these languages takes its {@linkplain #roots roots} from, as file names, sizes and times:
     * an index whose translations were built with them is stale when they change.
     */
    public List<String> description(Collection<String> languages) {
        List<String> out = new ArrayList<>();
        for (String lang : languages) {
            List<Path> affixFiles = files(lang);
            if (!affixFiles.isEmpty()) {
                Path aff = affixFiles.get(0);
                out.add(aff.getFileName() + " " + Dictionaries.stamp(aff) + " " + Dictionaries.stamp(dic(aff)));
            }
        }
        return out;
    }

    /** Whether the folder has a dictionary for the language (a primary tag such as {@code de}), without reading it. */
    public boolean covers(String lang) {
        return !files(lang).isEmpty();
    }

    /**
     * What the language's dictionaries say of a word typed in lower case, as a chat message would be: it is also tried
     * with a capital (a German noun, a name) and in capitals (an acronym: "nasa").
     */
    public Verdict check(String lang, String lowerCaseWord) {
        List<Hunspell> dictionaries = hunspell(lang);
        if (dictionaries.isEmpty()) {
            return Verdict.CANNOT_TELL;
        }
        if (lowerCaseWord.isEmpty()) {
            return Verdict.KNOWN;
        }
        int first = lowerCaseWord.codePointAt(0);
        String capitalised = new StringBuilder()
                .appendCodePoint(Character.toTitleCase(first))
                .append(lowerCaseWord, Character.charCount(first), lowerCaseWord.length())
                .toString();
        Set<String> forms =
                new LinkedHashSet<>(List.of(lowerCaseWord, capitalised, lowerCaseWord.toUpperCase(Locale.ROOT)));
        for (Hunspell h : dictionaries) {
            for (String form : forms) {
                if (h.spell(form)) {
                    return Verdict.KNOWN;
                }
            }
        }
        return Verdict.UNKNOWN;
    }

    /**
     * The dictionary forms a word is an inflection of ("firmó" → firmar, "unterzeichnet" → unterzeichnen), by the
     * language's first dictionary (its variants share their forms); a word written in lower case is also tried with a
     * capital (German nouns). Empty where no dictionary covers the language or none knows the word, for a word in
     * capitals (an acronym: "AGI" is no form of "agir"), and for a word that is a dictionary form itself: "Vertrag" is
     * no form of "tragen", nor "pode" (can) of "podar" (prune), though their affix rules could make them so.
     */
    public List<String> roots(String lang, String word) {
        Optional<Hunspell> dictionary = first(lang);
        if (dictionary.isEmpty()
                || word.isEmpty()
                || word.length() > LONGEST_WORD
                || (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)))) {
            return List.of();
        }
        Hunspell first = dictionary.get();
        List<String> roots = first.getRoots(word);
        if (roots.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
            roots = first.getRoots(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        for (String root : roots) {
            if (root.equalsIgnoreCase(word)) {
                return List.of();
            }
        }
        return roots;
    }

    /** Reads the dictionaries of these languages now (a server does at start, so no question waits for them). */
    public void readAll(Collection<String> languages) {
        languages.forEach(this::hunspell);
    }

    private List<Hunspell> hunspell(String lang) {
        List<Path> affixFiles = files(lang);
        if (affixFiles.isEmpty()) {
            return List.of();
        }
        return byLanguage.computeIfAbsent(lang, l -> {
            List<Hunspell> out = new ArrayList<>();
            for (Path aff : affixFiles) {
                Optional<Hunspell> read = aff.equals(affixFiles.get(0)) ? first(lang) : read(aff);
                read.ifPresent(out::add);
            }
            return List.copyOf(out);
        });
    }

    /**
     * The language's first dictionary alone: roots need no other (a language's variants share their forms), and a
     * language may have a dozen (Debian's Spanish: one per country), read in a second or so each.
     */
    private Optional<Hunspell> first(String lang) {
        List<Path> affixFiles = files(lang);
        if (affixFiles.isEmpty()) {
            return Optional.empty();
        }
        return firstByLanguage.computeIfAbsent(lang, l -> read(affixFiles.get(0)));
    }

    private List<Path> files(String lang) {
        if (folder == null || !lang.matches("[a-z]{2,3}")) {
            return List.of();
        }
        return files.computeIfAbsent(lang, this::find);
    }

    /** {@code de.aff}, {@code de_DE.aff}, then every other {@code de_*.aff} by name; one file per real path. */
    private List<Path> find(String lang) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            problems.accept(
                    "the spelling dictionaries' folder " + folder + " is not a folder: words are taken as written");
            return List.of();
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(folder.resolve(lang + ".aff"));
        candidates.add(folder.resolve(lang + "_" + lang.toUpperCase(Locale.ROOT) + ".aff"));
        try (Stream<Path> listed = Files.list(folder)) {
            listed.filter(p -> p.getFileName().toString().startsWith(lang + "_")
                            && p.getFileName().toString().endsWith(".aff"))
                    .sorted()
                    .forEach(candidates::add);
        } catch (IOException | UncheckedIOException e) {
            problems.accept("cannot list the spelling dictionaries in " + folder + " (" + e.getMessage()
                    + "): words are taken as written");
            return List.of();
        }
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path aff : candidates) {
            if (Files.isRegularFile(aff) && Files.isRegularFile(dic(aff))) {
                try {
                    if (seen.add(aff.toRealPath())) { // es_MX.aff and the others are links to es_ES.aff
                        out.add(aff);
                    }
                } catch (IOException e) {
                    problems.accept("cannot read the spelling dictionary " + aff + " (" + e.getMessage() + ")");
                }
            }
        }
        return List.copyOf(out);
    }

    private static Path dic(Path aff) {
        String name = aff.getFileName().toString();
        return aff.resolveSibling(name.substring(0, name.length() - ".aff".length()) + ".dic");
    }

    private Optional<Hunspell> read(Path aff) {
        try (InputStream affix = Files.newInputStream(aff);
                InputStream words = Files.newInputStream(dic(aff));
                ByteBuffersDirectory scratch = new ByteBuffersDirectory()) {
            return Optional.of(new Hunspell(new Dictionary(scratch, "hunspell", affix, words)));
        } catch (IOException | ParseException | RuntimeException e) {
            problems.accept(
                    "cannot read the spelling dictionary " + aff + " (" + e.getMessage() + "): it is passed over");
            return Optional.empty();
        }
    }
}
