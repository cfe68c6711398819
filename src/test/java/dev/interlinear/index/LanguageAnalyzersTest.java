package dev.interlinear.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageAnalyzersTest {

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    private List<String> tokens(String lang, String text) {
        return tokens(analyzers.forLanguage(lang), text);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        return LanguageAnalyzers.terms(analyzer, text);
    }

    // --- German

    @Test
    void givenGermanWithArticles_whenAnalysed_thenStopWordsGoAndPluralMeetsSingular() {
        List<String> plural = tokens("de", "Die Verträge der Unternehmen");

        assertThat(plural).doesNotContain("die", "der").hasSize(2);
        assertThat(plural.get(0)).isEqualTo(tokens("de", "ein Vertrag").get(0));
    }

    @Test
    void givenGermanUmlautsAndSharpS_whenAnalysed_thenTheTokensAreAscii() {
        assertThat(tokens("de", "äußerte Größe Übernahme")).hasSize(3).allMatch(t -> t.matches("[a-z]+"));
    }

    // --- Thai

    @Test
    void givenThaiWrittenWithoutSpaces_whenAnalysed_thenItIsCutIntoWords() {
        // "Warsaw is the capital of Poland", one run of Thai letters
        List<String> t = tokens("th", "วอร์ซอเป็นเมืองหลวงของโปแลนด์");

        assertThat(t).hasSizeGreaterThan(2).contains("โปแลนด์");
        assertThat(tokens("th", "เมืองหลวงของโปแลนด์คืออะไร")).contains("โปแลนด์");
    }

    // --- Portuguese

    @Test
    void givenPortugueseWithArticles_whenAnalysed_thenStopWordsGoAndPluralMeetsSingular() {
        List<String> plural = tokens("pt", "os contratos com a Oracle");

        assertThat(plural).doesNotContain("os", "com", "a").hasSize(2);
        assertThat(plural.get(0)).isEqualTo(tokens("pt", "o contrato").get(0));
    }

    @Test
    void givenAPortugueseAccentedWord_whenAnalysed_thenTheAccentIsFolded() {
        List<String> t = tokens("pt", "inferência");

        assertThat(t)
                .singleElement()
                .satisfies(s -> assertThat(s).startsWith("inferenc").matches("[a-z]+"));
    }

    // --- English

    @Test
    void givenEnglishWithFunctionWords_whenAnalysed_thenOnlyStemmedContentWordsRemain() {
        // The Snowball list also drops pronouns and auxiliaries ("did", "they", "with").
        List<String> t = tokens("en", "What did they sign with the companies?");

        assertThat(t).containsExactly("sign", tokens("en", "company").get(0));
    }

    @Test
    void givenEnglishPossessive_whenAnalysed_thenItIsRemoved() {
        assertThat(tokens("en", "OpenAI's contracts")).containsExactly("openai", "contract");
    }

    // --- Spanish

    @Test
    void givenSpanishWithArticles_whenAnalysed_thenStopWordsGoAndPluralMeetsSingular() {
        // The light stemmer leaves words under five letters alone, so the examples are longer.
        List<String> plural = tokens("es", "los centros de las empresas");

        assertThat(plural).doesNotContain("los", "de", "las").hasSize(2);
        assertThat(plural).isEqualTo(tokens("es", "el centro de la empresa"));
    }

    @Test
    void givenSpanishAccents_whenAnalysed_thenFolded() {
        assertThat(tokens("es", "electricidad energía"))
                .allMatch(t -> t.matches("[a-z]+"))
                .hasSize(2);
    }

    // --- French

    @Test
    void givenFrenchElisionAndPlural_whenAnalysed_thenTheyMeetTheBareSingular() {
        List<String> elided = tokens("fr", "l'entreprise");

        assertThat(elided).hasSize(1).isEqualTo(tokens("fr", "les entreprises"));
    }

    @Test
    void givenFrenchAccents_whenAnalysed_thenFolded() {
        assertThat(tokens("fr", "électricité"))
                .singleElement()
                .satisfies(t -> assertThat(t).startsWith("electric"));
    }

    // --- Numbers glued to units

    @ParameterizedTest
    @ValueSource(strings = {"de", "pt", "en", "es", "fr", "xx"})
    void givenANumberGluedToItsUnit_whenAnalysed_thenSameTokensAsWithASpace(String lang) {
        List<String> glued = tokens(lang, "10GW");

        assertThat(glued).contains("10").hasSize(2).isEqualTo(tokens(lang, "10 GW"));
    }

    @Test
    void givenTheGramAnalyser_whenANumberIsGluedToItsUnit_thenSameTokensAsWithASpace() {
        assertThat(tokens(analyzers.grams(), "1GW")).isEqualTo(tokens(analyzers.grams(), "1 GW"));
    }

    // --- Languages without an analyser of their own

    @ParameterizedTest
    @CsvSource({"xx", "zh", "ja"})
    void givenALanguageWithoutItsOwnAnalyser_whenAnalysed_thenLowerCasedFoldedNotStemmedAndNoStopWords(String lang) {
        assertThat(analyzers.hasOwnAnalyzer(lang)).isFalse();

        // "die" is a German stop word and "Verträge" would be stemmed by German: neither happens here.
        assertThat(tokens(lang, "Die Verträge der Companies")).containsExactly("die", "vertrage", "der", "companies");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "pt", "en", "es", "fr", "it", "nl", "ru", "el", "tr", "ro", "hi", "ar"})
    void givenASupportedLanguage_whenAsked_thenItHasItsOwnAnalyserAndStopWords(String lang) {
        assertThat(analyzers.hasOwnAnalyzer(lang)).isTrue();
        assertThat(analyzers.stopWords(lang)).isNotEmpty();
        assertThat(analyzers.forLanguage(lang)).isNotSameAs(analyzers.forLanguage("xx"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ru|биржи|биржа",
                "el|Χρηματιστηρίου|χρηματιστήρια",
                "tr|Varşova'nın|Varşova",
                "ro|Varșoviei|Varșovia",
                "ar|والبورصة|بورصة",
            })
    void givenTwoInflectionsOfOneWord_whenAnalysedInTheirLanguage_thenTheyMeetInOneStem(
            String lang, String one, String other) {
        assertThat(tokens(lang, one)).hasSize(1).isEqualTo(tokens(lang, other));
        // the default analyser keeps them apart
        assertThat(tokens("xx", one)).isNotEqualTo(tokens("xx", other));
    }

    @Test
    void givenTheNewLanguagesStopWords_whenTheGramFieldAnalysesEnglish_thenItsWordsAreKept() {
        // Romanian "care" and Turkish "bir" are stop words there, and words or word parts elsewhere
        assertThat(tokens(analyzers.grams(), "care")).contains("care");
    }

    // --- Character n-grams

    @Test
    void givenAWord_whenAnalysedForGrams_thenEveryOtherFoldedFourGramAndTheWholeWord() {
        assertThat(tokens(analyzers.grams(), "Inferência"))
                .containsExactlyInAnyOrder("infe", "fere", "renc", "ncia", "inferencia");
    }

    @Test
    void givenTwoWordsSharingFiveLetters_whenOneIsIndexedAndTheOtherAsked_thenTheyShareAnIndexedGram() {
        // GIVEN the indexed grams of a word, and all the grams a question would look up, for every offset of a
        // shared five-letter run
        for (String word : List.of("infraestrutura", "xinfraestrutura", "xxinfraestrutura")) {
            List<String> indexed = tokens(analyzers.grams(), word);
            for (int at = 0; at + 5 <= word.length(); at++) {
                String shared = word.substring(at, at + 5);
                List<String> asked = List.of(shared.substring(0, 4), shared.substring(1, 5));

                // THEN at least one of them is indexed
                assertThat(asked).as(word + " / " + shared).containsAnyElementsOf(indexed);
            }
        }
    }

    @Test
    void givenTwoWords_whenAnalysedForGrams_thenTheCountRestartsAtEachWord() {
        assertThat(tokens(analyzers.grams(), "Zentrum Zentrum"))
                .containsExactly("zent", "ntru", "zentrum", "zent", "ntru", "zentrum");
    }

    @Test
    void givenShortWordsAndStopWordsOfAnyLanguage_whenAnalysedForGrams_thenShortKeptWholeAndStopWordsDropped() {
        // "der" (de), "the" (en), "com" (pt) are stop words somewhere; "AMD" is shorter than a gram.
        assertThat(tokens(analyzers.grams(), "der the com AMD")).containsExactly("amd");
    }

    @Test
    void givenTheGramSize_whenRead_thenFour() {
        assertThat(LanguageAnalyzers.GRAM).isEqualTo(4);
        assertThat(tokens(analyzers.grams(), "Rechenzentrum"))
                .filteredOn(t -> !t.equals("rechenzentrum"))
                .hasSize(("Rechenzentrum".length() - 3 + 1) / 2)
                .allMatch(t -> t.length() == 4);
    }
}
