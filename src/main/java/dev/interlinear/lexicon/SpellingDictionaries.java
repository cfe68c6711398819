package dev.interlinear.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Hunspell dictionaries (a folder of {@code xx_YY.aff} + {@code .dic}, as Debian's {@code hunspell-*} packages install
 * them in {@code /usr/share/hunspell}), read with Lucene's Hunspell: whether a word is a word of a language at all.
 * Each language's dictionary is read the first time it is asked about (a few hundred milliseconds), then kept.
 */
public final class SpellingDictionaries {

    /** Where Debian's {@code hunspell-*} packages put them. */
    public static final Path DEBIAN_FOLDER = Path.of("/usr/share/hunspell");

    private final Path folder;
    private final Consumer<String> problems;
    private final Map<String, Optional<Hunspell>> byLanguage = new ConcurrentHashMap<>();

    /**
     * @param folder   where the dictionaries are; a missing folder means none
     * @param problems told of a dictionary that cannot be read: the language is then without one, as if not installed
     */
    public SpellingDictionaries(Path folder, Consumer<String> problems) {
        this.folder = folder;
        this.problems = problems;
    }

    /** No dictionary for any language. */
    public static SpellingDictionaries none() {
        return new SpellingDictionaries(null, problem -> {});
    }

    /** Whether the folder has a dictionary for the language (a primary tag such as {@code de}). */
    public boolean covers(String lang) {
        return hunspell(lang).isPresent();
    }

    /**
     * Whether the language's dictionary knows the word, written in lower case as a chat message would: a German noun
     * is also tried with a capital. Empty where there is no dictionary for the language.
     */
    public Optional<Boolean> knows(String lang, String lowerCaseWord) {
        return hunspell(lang).map(h -> {
            if (h.spell(lowerCaseWord)) {
                return true;
            }
            String capitalised = lowerCaseWord.substring(0, 1).toUpperCase(Locale.ROOT) + lowerCaseWord.substring(1);
            return h.spell(capitalised);
        });
    }

    private Optional<Hunspell> hunspell(String lang) {
        if (folder == null) {
            return Optional.empty();
        }
        return byLanguage.computeIfAbsent(lang, l -> file(l).flatMap(this::read));
    }

    /** {@code de.aff}, else {@code de_DE.aff}, else the first {@code de_*.aff} by name. */
    private Optional<Path> file(String lang) {
        if (!lang.matches("[a-z]{2,3}") || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        for (String name : new String[] {lang, lang + "_" + lang.toUpperCase(Locale.ROOT)}) {
            Path aff = folder.resolve(name + ".aff");
            if (Files.isRegularFile(aff) && Files.isRegularFile(dic(aff))) {
                return Optional.of(aff);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(lang + "_")
                            && p.getFileName().toString().endsWith(".aff")
                            && Files.isRegularFile(dic(p)))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
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
            problems.accept("cannot read the spelling dictionary " + aff + " (" + e.getMessage()
                    + "): its language's words are taken as written");
            return Optional.empty();
        }
    }
}
