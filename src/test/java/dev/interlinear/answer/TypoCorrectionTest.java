package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.lexicon.SpellingDictionaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypoCorrectionTest {

    @TempDir
    Path dir;

    private final ByteBuffersDirectory index = new ByteBuffersDirectory();
    private DirectoryReader reader;
    private TypoCorrection typos;

    @BeforeEach
    void setUp() throws IOException {
        // GIVEN English sentences (as index terms) and an English spelling dictionary that knows a few words
        try (IndexWriter w = new IndexWriter(index, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (String sentence : List.of(
                    "openai signed chips contract", "openai bought chips", "chips chaps", "nvidia sells chips")) {
                Document d = new Document();
                d.add(new TextField("body.en", sentence, Field.Store.NO));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(index);
        Files.writeString(dir.resolve("en_US.aff"), "SET UTF-8\n");
        Files.writeString(dir.resolve("en_US.dic"), "3\nsigned\nchips\nreceipt\n");
        typos = new TypoCorrection(new SpellingDictionaries(dir, problem -> {}));
    }

    @AfterEach
    void tearDown() throws IOException {
        reader.close();
        index.close();
    }

    private Optional<String> correct(String word, String lang, Set<String> translated) throws IOException {
        return typos.correct(word, word, lang, reader, translated).map(TypoCorrection.Correction::term);
    }

    @Test
    void givenSlipsOfArticleWords_whenCorrected_thenTheyAreReadAsThem() throws IOException {
        assertThat(correct("opneai", "en", Set.of())).contains("openai"); // neighbours swapped: one edit
        assertThat(correct("nvdia", "en", Set.of())).contains("nvidia"); // a letter dropped
        assertThat(correct("contrcat", "en", Set.of())).contains("contract");
        assertThat(correct("cnotarct", "en", Set.of())).contains("contract"); // two edits from six letters on
    }

    @Test
    void givenWordsTheRulesLeaveAlone_whenCorrected_thenNothingChanges() throws IOException {
        assertThat(correct("receipt", "en", Set.of())).isEmpty(); // the dictionary knows it: a real word
        assertThat(correct("chp", "en", Set.of())).isEmpty(); // shorter than four letters
        assertThat(correct("phips", "en", Set.of())).isEmpty(); // the first letter is never changed
        assertThat(correct("chxpz", "en", Set.of())).isEmpty(); // two edits, but five letters allow one
        assertThat(correct("opneai", "pt", Set.of())).isEmpty(); // no dictionary for the language
    }

    @Test
    void givenTwoTermsOneEditAway_whenCorrected_thenTheOneMoreSentencesHaveWins() throws IOException {
        // "chups": one edit from "chips" (in four sentences) and from "chaps" (in one)
        assertThat(correct("chups", "en", Set.of())).contains("chips");
    }

    @Test
    void givenAWordADictionaryTranslates_whenNoArticleHasTheLanguage_thenItIsACandidate() throws IOException {
        // GIVEN English question words that a dictionary translates ("sign"), where no article is in German
        assertThat(typos.correct("sihn", "sihn", "en", reader, Set.of("sign")))
                .contains(new TypoCorrection.Correction("sign", 0));
    }

    @Test
    void givenTwoWords_whenEditsAreCounted_thenSwapsCountOnceAndLettersAreCodePoints() {
        assertThat(TypoCorrection.edits("agrment", "agreement")).isEqualTo(2);
        assertThat(TypoCorrection.edits("opneai", "openai")).isEqualTo(1);
        assertThat(TypoCorrection.edits("naïve", "naive")).isEqualTo(1);
        assertThat(TypoCorrection.edits("𝒜bc", "abc")).isEqualTo(1);
        assertThat(TypoCorrection.edits("same", "same")).isZero();
    }
}
