package dev.interlinear.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellingDictionariesTest {

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    /** Writes {@code name.aff} and {@code name.dic} as Hunspell reads them. */
    static void write(Path folder, String name, String... words) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".aff"), "SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n");
        Files.writeString(folder.resolve(name + ".dic"), words.length + "\n" + String.join("\n", words) + "\n");
    }

    @Test
    void givenAGermanDictionary_whenAskedAboutWords_thenItKnowsItsWordsAndNounsTypedInLowerCase() throws IOException {
        // GIVEN a dictionary with a verb and a capitalised noun
        write(dir, "de_DE", "unterzeichnet", "Vertrag");
        SpellingDictionaries spelling = new SpellingDictionaries(dir, problems::add);

        // WHEN / THEN
        assertThat(spelling.knows("de", "unterzeichnet")).contains(true);
        assertThat(spelling.knows("de", "vertrag")).contains(true);
        assertThat(spelling.knows("de", "unterzeichent")).contains(false);
        assertThat(spelling.covers("de")).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void givenNoDictionaryForALanguage_whenAsked_thenItCannotTell() throws IOException {
        write(dir, "de_DE", "unterzeichnet");
        SpellingDictionaries spelling = new SpellingDictionaries(dir, problems::add);

        assertThat(spelling.knows("pt", "assinou")).isEmpty();
        assertThat(new SpellingDictionaries(dir.resolve("missing"), problems::add).knows("de", "unterzeichnet"))
                .isEmpty();
        assertThat(SpellingDictionaries.none().covers("de")).isFalse();
    }

    @Test
    void givenOnlyARegionalDictionary_whenAskedAboutItsLanguage_thenThatOneIsRead() throws IOException {
        // GIVEN Brazilian Portuguese only (as hunspell-pt-br installs it): pt_BR.aff, pt_BR.dic
        write(dir, "pt_BR", "assinou");

        assertThat(new SpellingDictionaries(dir, problems::add).knows("pt", "assinou"))
                .contains(true);
    }

    @Test
    void givenADamagedDictionary_whenAsked_thenTheProblemIsToldAndTheLanguageIsWithoutOne() throws IOException {
        // GIVEN an affix file cut off in the middle of a rule
        Files.writeString(dir.resolve("de_DE.aff"), "SET UTF-8\nSFX A Y 2\nSFX A 0 s .\n");
        Files.writeString(dir.resolve("de_DE.dic"), "1\nVertrag/A\n");
        SpellingDictionaries spelling = new SpellingDictionaries(dir, problems::add);

        // WHEN / THEN
        assertThat(spelling.knows("de", "unterzeichnet")).isEmpty();
        assertThat(problems).singleElement().asString().contains("de_DE.aff", "taken as written");
    }
}
