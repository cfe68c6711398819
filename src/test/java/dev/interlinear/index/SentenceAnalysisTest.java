package dev.interlinear.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index analyses each sentence once; its fields must hold exactly what the full analysers give. */
class SentenceAnalysisTest {

    private static final List<String> LANGUAGES = List.of("de", "en", "pt", "es", "fr", "it", "nl", "und");
    private static final List<String> SAMPLES = List.of(
            "OpenAI hat mit Oracle einen Vertrag über 300 Milliarden US-Dollar unterzeichnet.",
            "The company's 10GW data centres, and the 4.5 GW of Stargate, are what they said.",
            "A OpenAI assinou um contrato de US$ 300 bilhões com a Oracle para 4,5GW de poder computacional.",
            "L'entreprise a dit qu'elle n'avait pas d'accord : « c'est la vie ».",
            "El coste de 1 GW es de unos 50.000 millones de dólares, según él.",
            "the of and to a in is it", "", "   ", "...", "x", "Zürich Ärger Œuvre straße ﬁle",
            "A4 B12c 3D 2024x 10Mrd. über10 ١٢abc", "e.g. i.e. U.S.A. C.C. Wei");

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    @ParameterizedTest
    @ValueSource(strings = {"de", "en", "pt", "es", "fr", "it", "nl", "und"})
    void givenSentences_whenAnalysedOnce_thenTheTermsAreThoseOfTheLanguageAnalyser(String lang) throws IOException {
        SentenceAnalysis analysis = new SentenceAnalysis(analyzers);
        for (String text : SAMPLES) {
            AnalyzedText once = analysis.inLanguage(analysis.words(text), lang);
            assertSame(once, full(analyzers.forLanguage(lang), text), text);
        }
    }

    @Test
    void givenSentences_whenCutIntoGramsFromTheirWords_thenTheGramsAreThoseOfTheGramAnalyser() throws IOException {
        SentenceAnalysis analysis = new SentenceAnalysis(analyzers);
        for (String text : SAMPLES) {
            assertSame(analysis.grams(analysis.words(text)), full(analyzers.grams(), text), text);
        }
    }

    @Test
    void givenRandomTexts_whenAnalysedByOneInstance_thenTheirTermsAreThoseOfTheFullAnalysers() throws IOException {
        Random random = new Random(5);
        SentenceAnalysis analysis = new SentenceAnalysis(analyzers);
        for (int round = 0; round < 3000; round++) {
            String lang = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            String text = randomText(random) + " " + randomText(random);
            assertSame(analysis.inLanguage(analysis.words(text), lang), full(analyzers.forLanguage(lang), text), text);
            assertSame(analysis.grams(analysis.words(text)), full(analyzers.grams(), text), text);
        }
    }

    @Test
    void givenTheEvaluationCorpus_whenEverySentenceIsAnalysedOnce_thenItsTermsAreThoseOfTheFullAnalysers()
            throws IOException {
        // GIVEN real prose in five languages, analysed by one instance, so most words come from what it remembers
        SentenceAnalysis analysis = new SentenceAnalysis(analyzers);
        dev.interlinear.corpus.Corpus corpus = new dev.interlinear.corpus.CorpusLoader()
                .load(java.nio.file.Path.of("eval/corpora/debian-reference"));
        dev.interlinear.segment.SentenceSegmenter segmenter = new dev.interlinear.segment.SentenceSegmenter();
        int checked = 0;
        for (dev.interlinear.corpus.Article article : corpus.articles()) {
            for (dev.interlinear.corpus.Translation t : article.translations().values()) {
                String lang = dev.interlinear.language.Languages.base(t.lang());
                for (dev.interlinear.corpus.Block block : t.blocks()) {
                    for (String text : segmenter.units(block.kind(), block.text(), lang)) {
                        // WHEN analysed from its words, THEN the terms are the full analysers' own
                        SentenceAnalysis.Words words = analysis.words(text);
                        assertSame(analysis.inLanguage(words, lang), full(analyzers.forLanguage(lang), text), text);
                        assertSame(analysis.grams(words), full(analyzers.grams(), text), text);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(5000);
    }

    private static String randomText(Random random) {
        String[] words = {"the", "of", "Die", "und", "que", "la", "des", "10GW", "Oracle's", "l'accord", "Verträge",
                "inferência", "contratos", "1,5", "x", "A4", "—", "über", "été", "naïve", "U.S.", "e-mail", "", "to"};
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            out.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
        }
        return out.toString().strip();
    }

    private static AnalyzedText full(Analyzer analyzer, String text) throws IOException {
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            return AnalyzedText.read(ts);
        }
    }

    private static void assertSame(AnalyzedText actual, AnalyzedText expected, String text) {
        assertThat(actual.terms()).as("terms of '%s'", text).isEqualTo(expected.terms());
        assertThat(actual.increments()).as("increments of '%s'", text).isEqualTo(expected.increments());
        assertThat(actual.finalIncrement()).as("final increment of '%s'", text).isEqualTo(expected.finalIncrement());
    }
}
