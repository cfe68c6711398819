package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.interlinear.index.IndexedSentence;
import dev.interlinear.index.ScoredSentence;
import dev.interlinear.quantity.Unit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankerTest {

    private static IndexedSentence sentence(String article, int index) {
        return new IndexedSentence(
                article,
                "de",
                "de",
                index,
                index,
                "PARAGRAPH",
                article + "#" + index,
                "Der Vertrag wurde 2025 unterzeichnet.",
                "Titel",
                Optional.empty(),
                Optional.empty(),
                Set.of("2025"),
                Set.of());
    }

    private static IndexedSentence sentence(String article, int index, String text, String title) {
        return new IndexedSentence(
                article,
                "en",
                "en",
                index,
                index,
                "PARAGRAPH",
                article + "#" + index,
                text,
                title,
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                Set.of());
    }

    private static QueryWord word(String folded) {
        return new QueryWord(folded, folded, FoldedWords.grams(folded), 2.0, 1, false);
    }

    private static AnalyzedQuestion question(String... words) {
        return new AnalyzedQuestion(
                "en",
                AnswerType.OTHER,
                List.of(words).stream().map(RankerTest::word).toList(),
                List.of(),
                100);
    }

    /** A sentence of translation {@code lang} in alignment group {@code group}. */
    private static IndexedSentence translated(String lang, String group, int index, String text) {
        return new IndexedSentence(
                "a",
                lang,
                lang,
                index,
                index,
                "PARAGRAPH",
                group,
                text,
                "Titel",
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                Set.of());
    }

    /** An English question word with its dictionary translations into German and Portuguese. */
    private static QueryWord translatedWord(String folded, Set<String> german, Set<String> portuguese) {
        return new QueryWord(
                folded,
                folded,
                FoldedWords.grams(folded),
                2.0,
                0,
                false,
                Map.of("de", german, "pt", portuguese),
                Unit.NONE);
    }

    /**
     * An English question against German and Portuguese articles: the English-German dictionary lacks "signed", the
     * English-Portuguese one has it; "deal" is in both. Group g1 says it was signed, in both translations; g2, a
     * German sentence with "Abkommen" alone, comes first in the text.
     */
    private static List<Ranker.Ranked> rankSignedDeal(Ranker ranker) {
        AnalyzedQuestion q = new AnalyzedQuestion(
                "en",
                AnswerType.OTHER,
                List.of(
                        translatedWord("signed", Set.of(), Set.of("assin")),
                        translatedWord("deal", Set.of("abkomm"), Set.of("acord"))),
                List.of(),
                30);
        List<ScoredSentence> candidates = List.of(
                new ScoredSentence(
                        translated("de", "g1", 4, "Das Abkommen wurde gestern unterzeichnet."), 2.0f, Set.of("abkomm")),
                new ScoredSentence(translated("de", "g2", 1, "Ein Abkommen ist noch offen."), 2.0f, Set.of("abkomm")),
                new ScoredSentence(
                        translated("pt", "g1", 4, "O acordo foi assinado ontem."), 1.0f, Set.of("assin", "acord")));
        return ranker.rank(q, candidates);
    }

    private static Ranker.Ranked find(List<Ranker.Ranked> ranked, String group, String lang) {
        return ranked.stream()
                .filter(r -> r.sentence().group().equals(group)
                        && r.sentence().lang().equals(lang))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void
            givenAQuestionInALanguageNoArticleHas_whenTheSameSentenceOfTwoTranslationsIsACandidate_thenEachCountsTheWordsEitherTranslates() {
        // GIVEN the signed-deal candidates, every sentence translated as one

        // WHEN ranked
        List<Ranker.Ranked> ranked = rankSignedDeal(new Ranker());

        // THEN the German sentence aligned with the Portuguese one counts "signed" as its Portuguese twin does,
        // and goes before the German sentence with "Abkommen" alone (which comes first in the text)
        Ranker.Ranked signedDe = find(ranked, "g1", "de");
        assertThat(signedDe.evidence().coverage()).isCloseTo(Ranker.TRANSLATION, within(1e-9));
        assertThat(signedDe.evidence().matched()).isEqualTo(2);
        assertThat(ranked)
                .extracting(r -> r.sentence().group() + "/" + r.sentence().lang())
                .containsSubsequence("g1/de", "g2/de");
        // the other German sentence has no twin among the candidates: its own match only
        assertThat(find(ranked, "g2", "de").evidence().coverage()).isCloseTo(Ranker.TRANSLATION / 2, within(1e-9));
    }

    @Test
    void givenASentenceOneTranslationSplitInTwo_whenRanked_thenTheWholeTakesTheHalfsWordsButNotTheOtherWayRound() {
        // GIVEN the signed-deal candidates, once with the German and once with the Portuguese translation making two
        // sentences of group g1 (the other half is no candidate)
        Ranker germanSplit = new Ranker((group, lang) -> group.equals("g1") && lang.equals("de") ? 2 : 1);
        Ranker portugueseSplit = new Ranker((group, lang) -> group.equals("g1") && lang.equals("pt") ? 2 : 1);

        // WHEN ranked
        List<Ranker.Ranked> halfInGerman = rankSignedDeal(germanSplit);
        List<Ranker.Ranked> halfInPortuguese = rankSignedDeal(portugueseSplit);

        // THEN a German half does not say all the Portuguese sentence says: its own match only, and the Portuguese
        // sentence comes first; the whole German sentence says what a Portuguese half says: it counts "signed"
        assertThat(find(halfInGerman, "g1", "de").evidence().coverage())
                .isCloseTo(Ranker.TRANSLATION / 2, within(1e-9));
        assertThat(halfInGerman.get(0).sentence().lang()).isEqualTo("pt");
        assertThat(find(halfInPortuguese, "g1", "de").evidence().coverage())
                .isCloseTo(Ranker.TRANSLATION, within(1e-9));
    }

    @Test
    void givenASentenceWhoseWordsAreInTheOneBefore_whenRanked_thenItsPassageCoversThemAtAReducedWeight() {
        // GIVEN a sentence that names the subject, the next one, which says "it", and one elsewhere
        AnalyzedQuestion q = question("warsaw", "stock", "exchange", "return");
        List<ScoredSentence> candidates = List.of(
                new ScoredSentence(
                        sentence("w", 4, "Warsaw's first stock exchange was founded in 1817.", "Warsaw"),
                        2.0f,
                        Set.of("warsaw", "stock", "exchange"),
                        Set.of("warsaw")),
                // the sentence before it is the one above: its passage holds their stems
                new ScoredSentence(
                        sentence("w", 5, "It returned in April 1991.", "Warsaw"),
                        2.0f,
                        Set.of(),
                        Set.of("warsaw", "stock", "exchange")),
                new ScoredSentence(
                        sentence("p", 9, "Prices returned to normal in May.", "Prices"), 2.0f, Set.of(), Set.of()));

        // WHEN ranked
        List<Ranker.Ranked> ranked = new Ranker().rank(q, candidates);

        // THEN the sentence after the subject is read with its words at a reduced weight, so it outranks the one
        // elsewhere with the same word of its own; the words themselves still count more than their passage's
        assertThat(ranked)
                .extracting(r -> r.sentence().article() + "/" + r.sentence().index())
                .containsExactly("w/4", "w/5", "p/9");
        Ranker.Ranked returned = ranked.get(1);
        assertThat(returned.evidence().coverage()).isCloseTo(0.9 / 4, within(1e-9));
        assertThat(returned.evidence().passageCoverage())
                .isCloseTo((0.9 + 3 * Ranker.PASSAGE_WEIGHT) / 4, within(1e-9));
        assertThat(ranked.get(2).evidence().passageCoverage()).isCloseTo(0.9 / 4, within(1e-9));
        // a word the sentence has itself takes nothing from its passage
        assertThat(ranked.get(0).evidence().passageCoverage())
                .isEqualTo(ranked.get(0).evidence().coverage());
    }

    @Test
    void givenTheArticlesSubjectInItsTitle_whenRanked_thenTheSentenceNamingItDoesNotWinOverTheOneWithTheAskedWord() {
        // GIVEN the opening sentence naming the subject and a sentence with the asked word but not the name
        AnalyzedQuestion q = question("tall", "millau", "viaduct");
        List<ScoredSentence> candidates = List.of(
                new ScoredSentence(
                        sentence("m", 0, "The Millau Viaduct is a bridge in France.", "Millau Viaduct"),
                        2.0f,
                        Set.of("millau", "viaduct"),
                        Set.of()),
                new ScoredSentence(
                        sentence("m", 6, "The highest pier is 343 metres tall.", "Millau Viaduct"),
                        2.0f,
                        Set.of("tall"),
                        Set.of()));

        // WHEN ranked
        List<Ranker.Ranked> ranked = new Ranker().rank(q, candidates);

        // THEN the title fills the name in every sentence of the article alike: the asked word decides
        assertThat(ranked.get(0).sentence().text()).startsWith("The highest pier");
        assertThat(ranked.get(0).evidence().passageCoverage())
                .isCloseTo((1 + 2 * Ranker.PASSAGE_WEIGHT) / 3, within(1e-9));
        assertThat(ranked.get(1).evidence().passageCoverage()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void givenTheSameSentenceInSeveralPlacesWithEqualScores_whenRanked_thenTheyGoInArticleAndPositionOrder() {
        // GIVEN one sentence found in three places, in the order the index happened to hold them
        AnalyzedQuestion question = new AnalyzedQuestion("de", AnswerType.OTHER, List.of(), List.of("2025"), 100);
        List<ScoredSentence> candidates = List.of(
                new ScoredSentence(sentence("b", 3), 2.0f, Set.of()),
                new ScoredSentence(sentence("a", 7), 2.0f, Set.of()),
                new ScoredSentence(sentence("a", 2), 2.0f, Set.of()));

        // WHEN ranked
        List<Ranker.Ranked> ranked = new Ranker().rank(question, candidates);

        // THEN the order is the articles' and the positions', whatever the index's
        assertThat(ranked)
                .extracting(r -> r.sentence().article() + "/" + r.sentence().index())
                .containsExactly("a/2", "a/7", "b/3");
    }
}
