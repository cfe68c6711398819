package dev.interlinear.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.corpus.Corpus;
import dev.interlinear.corpus.CorpusLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationsBuilderTest {

    /** A toy analyser: lower case, "-ed" cut, "the" a stop word. */
    private static final TranslationsBuilder.Terms TERMS =
            (lang, text) -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                    .filter(w -> !w.isEmpty() && !w.equals("the"))
                    .map(w -> w.endsWith("ed") ? w.substring(0, w.length() - 2) : w)
                    .toList();

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    @Test
    void givenBothDirections_whenBuilt_thenEachQuestionStemGetsTheArticleTermsTheArticlesUse() throws IOException {
        // GIVEN an English-German dictionary and a German-English one, and German articles using some words
        DictdFiles.write(dir, "eng", "deu", Map.of("sign", "unterzeichnen, Zeichen <neut>", "deal", "Handel"));
        DictdFiles.write(dir, "deu", "eng", Map.of("Abkommen", "agreement, deal", "Vertrag", "contract"));
        Map<String, Set<String>> vocabulary = Map.of("de", Set.of("unterzeichnen", "abkommen", "vertrag", "openai"));

        // WHEN the translations for English questions are built
        WordTranslations t =
                new TranslationsBuilder(Dictionaries.in(dir), TERMS, problems::add).build(Set.of("en"), vocabulary);

        // THEN only terms the articles use are kept, from both dictionaries
        assertThat(t.of("en", "sign")).isEqualTo(Map.of("de", Set.of("unterzeichnen")));
        assertThat(t.of("en", "deal")).isEqualTo(Map.of("de", Set.of("abkommen")));
        assertThat(t.of("en", "contract")).isEqualTo(Map.of("de", Set.of("vertrag")));
        assertThat(t.of("en", "agreement")).isEqualTo(Map.of("de", Set.of("abkommen")));
        assertThat(t.of("de", "vertrag")).isEmpty();
    }

    @Test
    void givenSeveralWordsOnEitherSide_whenBuilt_thenTheyAreNoTranslation() throws IOException {
        DictdFiles.write(dir, "eng", "deu", Map.of("sign up", "anmelden", "enrol", "anmelden, einschreiben lassen"));
        Map<String, Set<String>> vocabulary = Map.of("de", Set.of("anmelden", "einschreiben", "lassen"));

        WordTranslations t =
                new TranslationsBuilder(Dictionaries.in(dir), TERMS, problems::add).build(Set.of("en"), vocabulary);

        // a headword of two words ("sign up") and a translation of two ("einschreiben lassen") are passed over
        assertThat(t.of("en", "enrol")).isEqualTo(Map.of("de", Set.of("anmelden")));
        assertThat(t.size()).isEqualTo(1);
    }

    @Test
    void givenThePreviousTranslations_whenUpdatedWithANewWord_thenTheOldAreKeptAndTheNewWordIsLookedUp()
            throws IOException {
        DictdFiles.write(dir, "eng", "deu", Map.of("sign", "unterzeichnen", "contract", "Vertrag"));
        TranslationsBuilder builder = new TranslationsBuilder(Dictionaries.in(dir), TERMS, problems::add);
        Map<String, Set<String>> before = Map.of("de", Set.of("unterzeichnen", "100"));
        WordTranslations previous = builder.build(Set.of("en"), before);

        // WHEN the articles gain the word "Vertrag" (and lose a figure)
        WordTranslations updated =
                builder.update(previous, Set.of("en"), Map.of("de", Set.of("unterzeichnen", "vertrag", "101")), before);

        assertThat(updated.of("en", "sign")).isEqualTo(Map.of("de", Set.of("unterzeichnen")));
        assertThat(updated.of("en", "contract")).isEqualTo(Map.of("de", Set.of("vertrag")));
        assertThat(updated.askedIn()).containsExactly("en");
    }

    @Test
    void givenADamagedDictionary_whenBuilt_thenItIsPassedOverWithAProblemAndTheOthersAreUsed() throws IOException {
        // GIVEN an English-German dictionary whose data is not gzip, and a good German-English one
        DictdFiles.write(dir, "eng", "deu", Map.of("sign", "unterzeichnen"));
        Files.writeString(dir.resolve("freedict-eng-deu.dict.dz"), "not compressed at all");
        DictdFiles.write(dir, "deu", "eng", Map.of("Vertrag", "contract"));

        // WHEN the translations are built
        WordTranslations t = new TranslationsBuilder(Dictionaries.in(dir), TERMS, problems::add)
                .build(Set.of("en"), Map.of("de", Set.of("unterzeichnen", "vertrag")));

        // THEN the good one is used, and the damaged one is named
        assertThat(t.of("en", "contract")).isEqualTo(Map.of("de", Set.of("vertrag")));
        assertThat(t.of("en", "sign")).isEmpty();
        assertThat(problems).singleElement().asString().contains("en-de dictionary could not be read");
    }

    @Test
    void givenNoDictionaryFolder_whenBuilt_thenNoTranslations() throws IOException {
        WordTranslations t = new TranslationsBuilder(Dictionaries.in(dir.resolve("missing")), TERMS, problems::add)
                .build(Set.of("en"), Map.of("de", Set.of("vertrag")));

        assertThat(t.size()).isZero();
    }

    @Test
    void givenTranslations_whenSavedAndLoaded_thenTheSame(@TempDir Path generation) throws IOException {
        DictdFiles.write(dir, "eng", "deu", Map.of("sign", "unterzeichnen"));
        DictdFiles.write(dir, "eng", "por", Map.of("sign", "assinar"));
        WordTranslations t = new TranslationsBuilder(Dictionaries.in(dir), TERMS, problems::add)
                .build(Set.of("en"), Map.of("de", Set.of("unterzeichnen"), "pt", Set.of("assinar")));

        t.save(generation);
        WordTranslations loaded = WordTranslations.load(generation);

        assertThat(loaded.of("en", "sign")).isEqualTo(Map.of("de", Set.of("unterzeichnen"), "pt", Set.of("assinar")));
        assertThat(WordTranslations.load(generation.resolve("none")).size()).isZero();
    }

    @Test
    void givenFreeDictFileNames_whenListed_thenPairsOfTwoLetterTags() throws IOException {
        DictdFiles.write(dir, "eng", "deu", Map.of("sign", "unterzeichnen"));
        DictdFiles.write(dir, "fra", "por", Map.of("signer", "assinar"));

        assertThat(Dictionaries.in(dir).pairs())
                .containsExactly(new Dictionaries.Pair("en", "de"), new Dictionaries.Pair("fr", "pt"));
        assertThat(Dictionaries.in(dir).description()).hasSize(2);
    }

    @Test
    void givenArticlesThatInflectTheDictionaryForm_whenBuilt_thenTheTranslationLeadsToTheFormTheyUse()
            throws IOException {
        // GIVEN a dictionary giving "unterzeichnen", German articles saying "unterzeichnet" (their term), and a
        // spelling dictionary that knows the one for a form of the other
        DictdFiles.write(dir.resolve("dict"), "eng", "deu", Map.of("sign", "unterzeichnen"));
        Path spellingFolder = dir.resolve("spelling");
        Files.createDirectories(spellingFolder);
        Files.writeString(spellingFolder.resolve("de_DE.aff"), "SET UTF-8\nSFX A Y 1\nSFX A en et en\n");
        Files.writeString(spellingFolder.resolve("de_DE.dic"), "1\nunterzeichnen/A\n");
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles.resolve("deal"));
        Files.writeString(articles.resolve("deal/de.txt"), "OpenAI hat gestern unterzeichnet.");
        Corpus corpus = new CorpusLoader().load(articles);
        Inflections inflections =
                Inflections.of(corpus, new SpellingDictionaries(spellingFolder, problems::add), TERMS);
        Map<String, Set<String>> vocabulary = Map.of("de", Set.of("openai", "hat", "gestern", "unterzeichnet"));

        // WHEN the translations are built with the articles' inflections, and without them
        WordTranslations with = new TranslationsBuilder(
                        Dictionaries.in(dir.resolve("dict")), TERMS, problems::add, inflections)
                .build(Set.of("en"), vocabulary);
        WordTranslations without = new TranslationsBuilder(Dictionaries.in(dir.resolve("dict")), TERMS, problems::add)
                .build(Set.of("en"), vocabulary);

        // THEN the dictionary form leads to the article's form only through them
        assertThat(inflections.of("de", "unterzeichnen")).containsExactly("unterzeichnet");
        assertThat(with.of("en", "sign")).isEqualTo(Map.of("de", Set.of("unterzeichnet")));
        assertThat(without.of("en", "sign")).isEmpty();
        assertThat(problems).isEmpty();
    }
}
