package dev.interlinear.lexicon;

import static dev.interlinear.lexicon.SpellingDictionaries.Verdict.CANNOT_TELL;
import static dev.interlinear.lexicon.SpellingDictionaries.Verdict.KNOWN;
import static dev.interlinear.lexicon.SpellingDictionaries.Verdict.UNKNOWN;
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
    void givenAGermanDictionary_whenAskedAboutWordsTypedInLowerCase_thenItKnowsNounsAndAcronymsToo()
            throws IOException {
        // GIVEN a dictionary with a verb, a capitalised noun and an acronym
        write(dir, "de_DE", "unterzeichnet", "Vertrag", "NASA");
        SpellingDictionaries spelling = new SpellingDictionaries(dir, problems::add);

        // WHEN / THEN
        assertThat(spelling.check("de", "unterzeichnet")).isEqualTo(KNOWN);
        assertThat(spelling.check("de", "vertrag")).isEqualTo(KNOWN);
        assertThat(spelling.check("de", "nasa")).isEqualTo(KNOWN);
        assertThat(spelling.check("de", "unterzeichent")).isEqualTo(UNKNOWN);
        assertThat(spelling.covers("de")).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void givenNoDictionaryForALanguage_whenAsked_thenItCannotTell() throws IOException {
        write(dir, "de_DE", "unterzeichnet");
        SpellingDictionaries spelling = new SpellingDictionaries(dir, problems::add);

        assertThat(spelling.check("pt", "assinou")).isEqualTo(CANNOT_TELL);
        assertThat(spelling.covers("pt")).isFalse();
        assertThat(new SpellingDictionaries(dir.resolve("missing"), problems::add).check("de", "unterzeichnet"))
                .isEqualTo(CANNOT_TELL);
        assertThat(SpellingDictionaries.none().covers("de")).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void givenTwoVariantsOfALanguage_whenAsked_thenAWordEitherKnowsIsKnown() throws IOException {
        // GIVEN Portuguese of Portugal and of Brazil (as hunspell-pt-pt and hunspell-pt-br install them)
        write(dir, "pt_PT", "contacto");
        write(dir, "pt_BR", "contato");
        SpellingDictionaries spelling = new SpellingDictionaries(dir, problems::add);

        assertThat(spelling.check("pt", "contacto")).isEqualTo(KNOWN);
        assertThat(spelling.check("pt", "contato")).isEqualTo(KNOWN);
        assertThat(spelling.check("pt", "contatto")).isEqualTo(UNKNOWN);
    }

    @Test
    void givenOnlyARegionalDictionary_whenAskedAboutItsLanguage_thenThatOneIsRead() throws IOException {
        write(dir, "en_US", "signed");

        assertThat(new SpellingDictionaries(dir, problems::add).check("en", "signed"))
                .isEqualTo(KNOWN);
    }

    @Test
    void givenADamagedDictionary_whenAsked_thenTheProblemIsToldAndTheLanguageCannotTell() throws IOException {
        // GIVEN an affix file cut off in the middle of a rule
        Files.writeString(dir.resolve("de_DE.aff"), "SET UTF-8\nSFX A Y 2\nSFX A 0 s .\n");
        Files.writeString(dir.resolve("de_DE.dic"), "1\nVertrag/A\n");
        SpellingDictionaries spelling = new SpellingDictionaries(dir, problems::add);

        // WHEN / THEN
        assertThat(spelling.check("de", "vertrag")).isEqualTo(CANNOT_TELL);
        assertThat(problems).singleElement().asString().contains("de_DE.aff", "passed over");
    }

    @Test
    void givenAFileWhereTheFolderShouldBe_whenAsked_thenTheProblemIsTold() throws IOException {
        Path file = Files.writeString(dir.resolve("hunspell"), "not a folder");

        assertThat(new SpellingDictionaries(file, problems::add).check("de", "vertrag"))
                .isEqualTo(CANNOT_TELL);
        assertThat(problems).singleElement().asString().contains("is not a folder");
    }

    @Test
    void givenADictionaryWithSuffixRules_whenAskedForRoots_thenInflectedFormsGiveTheirDictionaryForm()
            throws IOException {
        // GIVEN "unterzeichnen" whose -en may be -et, and the noun "Vertrag" that may take an -s
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("de_DE.aff"), "SET UTF-8\nSFX A Y 1\nSFX A en et en\nSFX B Y 1\nSFX B 0 s .\n");
        Files.writeString(dir.resolve("de_DE.dic"), "2\nunterzeichnen/A\nVertrag/B\n");
        SpellingDictionaries spelling = new SpellingDictionaries(dir, problems::add);

        // WHEN / THEN: the form as written, and a noun typed in lower case
        assertThat(spelling.roots("de", "unterzeichnet")).containsExactly("unterzeichnen");
        assertThat(spelling.roots("de", "vertrags")).containsExactly("Vertrag");
        assertThat(spelling.roots("de", "unterzeichnung")).isEmpty();
        assertThat(spelling.roots("pt", "assinou")).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void givenAWordThatIsADictionaryFormItself_whenAskedForRoots_thenItIsNoFormOfAnother() throws IOException {
        // GIVEN "tragen", whose rule could make "Vertrag" with a prefix, and "Vertrag" a word of its own; "agir" whose
        // rule could make "AGI"
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("de_DE.aff"),
                "SET UTF-8\nPFX P Y 1\nPFX P 0 ver .\nSFX A Y 1\nSFX A en 0 en\nSFX R Y 1\nSFX R r 0 r\n");
        Files.writeString(dir.resolve("de_DE.dic"), "3\ntragen/PA\nVertrag\nagir/R\n");
        SpellingDictionaries spelling = new SpellingDictionaries(dir, problems::add);

        // WHEN / THEN: a dictionary word is taken as itself, an acronym has no roots, a real form still has its root
        assertThat(spelling.roots("de", "Vertrag")).isEmpty();
        assertThat(spelling.roots("de", "AGI")).isEmpty();
        assertThat(spelling.roots("de", "verträgen")).isEmpty(); // no rule makes it: nothing invented
        assertThat(spelling.roots("de", "trag")).containsExactly("tragen");
        assertThat(problems).isEmpty();
    }
}
