package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.App;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.config.AnswerSettings;
import dev.interlinear.config.Settings;
import dev.interlinear.index.SentenceIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions about an amount: the question words that ask for one, and the kind of amount (a sum of money, a share)
 * that a sentence must state to answer it.
 */
class QuantityQuestionTest {

    private final Interrogatives interrogatives = new Interrogatives();

    @TempDir
    Path dir;

    @Test
    void givenAQuantityQuestionWithAMoneyWord_whenItsTypeIsRead_thenItAsksForMoney() {
        assertThat(interrogatives.typeOf("wie viel geld braucht sam", "de")).isEqualTo(AnswerType.MONEY);
        assertThat(interrogatives.typeOf("Wie teuer ist der Vertrag?", "de")).isEqualTo(AnswerType.MONEY);
        assertThat(interrogatives.typeOf("Wie viele US-Dollar wollte Sam?", "de"))
                .isEqualTo(AnswerType.MONEY);
        assertThat(interrogatives.typeOf("How much did the bridge cost?", "en")).isEqualTo(AnswerType.MONEY);
        assertThat(interrogatives.typeOf("quanto custa 1gw", "pt")).isEqualTo(AnswerType.MONEY);
        assertThat(interrogatives.typeOf("¿Cuánto dinero necesita Sam?", "es")).isEqualTo(AnswerType.MONEY);
        assertThat(interrogatives.typeOf("combien d'argent sam voulait", "fr")).isEqualTo(AnswerType.MONEY);
    }

    @Test
    void givenAQuestionForAShare_whenItsTypeIsRead_thenItAsksForAPercentage() {
        assertThat(interrogatives.typeOf("What percentage of the vote was in favour?", "en"))
                .isEqualTo(AnswerType.PERCENT);
        assertThat(interrogatives.typeOf("Welcher Prozentsatz der Bevölkerung war katholisch?", "de"))
                .isEqualTo(AnswerType.PERCENT);
        assertThat(interrogatives.typeOf("Wie viel Prozent des Bruttoinlandsprodukts?", "de"))
                .isEqualTo(AnswerType.PERCENT);
        assertThat(interrogatives.typeOf("¿Qué porcentaje de la población era protestante?", "es"))
                .isEqualTo(AnswerType.PERCENT);
        assertThat(interrogatives.typeOf("Qual a porcentagem de votos?", "pt")).isEqualTo(AnswerType.PERCENT);
        assertThat(interrogatives.typeOf("Quel pourcentage des voix ?", "fr")).isEqualTo(AnswerType.PERCENT);
    }

    @Test
    void givenAQuestionForAMeasure_whenItsTypeIsRead_thenItAsksForAQuantity() {
        assertThat(interrogatives.typeOf("How fast were the winds?", "en")).isEqualTo(AnswerType.QUANTITY);
        assertThat(interrogatives.typeOf("How old was he?", "en")).isEqualTo(AnswerType.QUANTITY);
        assertThat(interrogatives.typeOf("Wie schnell waren die Winde?", "de")).isEqualTo(AnswerType.QUANTITY);
        assertThat(interrogatives.typeOf("Welche Mengen des Kohlenstoffs?", "de"))
                .isEqualTo(AnswerType.QUANTITY);
        assertThat(interrogatives.typeOf("¿Qué cantidad de carbono se almacena?", "es"))
                .isEqualTo(AnswerType.QUANTITY);
        // "what" alone asks for anything
        assertThat(interrogatives.typeOf("What is stored in the forest?", "en")).isEqualTo(AnswerType.OTHER);
    }

    @Test
    void givenAWordOfMoneyWithAnotherSense_whenItsTypeIsRead_thenItIsNoMoneyQuestion() {
        assertThat(interrogatives.typeOf("Combien de médailles d'argent a-t-elle gagnées ?", "fr"))
                .isEqualTo(AnswerType.QUANTITY);
        assertThat(interrogatives.typeOf("Combien de prix Nobel a-t-il reçus ?", "fr"))
                .isEqualTo(AnswerType.QUANTITY);
        assertThat(interrogatives.typeOf("How many years did the Yuan dynasty last?", "en"))
                .isEqualTo(AnswerType.QUANTITY);
        // a share of a price is a share
        assertThat(interrogatives.typeOf("By what percentage did the price rise?", "en"))
                .isEqualTo(AnswerType.PERCENT);
    }

    @Test
    void givenACurrencyInALanguageWithoutMoneyWords_whenItsWordsAreRead_thenItIsAMoneyQuestionAndNothingFails() {
        assertThat(interrogatives.typeOf("Bir bilet kaç dolar?", "tr")).isEqualTo(AnswerType.MONEY);
        assertThat(interrogatives.withoutQuestionWords("Bir bilet kaç dolar?", "tr", AnswerType.MONEY))
                .contains("bilet", "dolar");
    }

    @Test
    void givenAQuantityQuestionWithoutOne_whenItsTypeIsRead_thenItStaysAQuantity() {
        // "pounds" and "libras" are also weights; "pay" asks for a ratio as often as for a sum
        assertThat(interrogatives.typeOf("How many pounds does it weigh?", "en"))
                .isEqualTo(AnswerType.QUANTITY);
        assertThat(interrogatives.typeOf("¿Cuántas libras pesa?", "es")).isEqualTo(AnswerType.QUANTITY);
        assertThat(interrogatives.typeOf("How many times more did they pay for oil?", "en"))
                .isEqualTo(AnswerType.QUANTITY);
        // a money word without a quantity question word is looked up as a word
        assertThat(interrogatives.typeOf("Wann hat Sam gesagt, dass so viel Geld nötig ist?", "de"))
                .isEqualTo(AnswerType.TIME);
    }

    @Test
    void givenAMoneyQuestion_whenItsWordsAreRead_thenTheMoneyWordIsPartOfTheQuestionWordAndCurrenciesStay() {
        assertThat(interrogatives
                        .withoutQuestionWords("wie viel geld braucht sam", "de", AnswerType.MONEY)
                        .strip())
                .isEqualTo("braucht sam");
        assertThat(interrogatives
                        .withoutQuestionWords("wie viele us-dollar wollte sam", "de", AnswerType.MONEY)
                        .strip())
                .isEqualTo("us-dollar wollte sam");
        assertThat(interrogatives
                        .withoutQuestionWords("wann war das geld nötig", "de", AnswerType.TIME)
                        .strip())
                .isEqualTo("war das geld nötig");
        // a sentence may write the share as "Prozent" as well as "%": the word stays to be looked up
        assertThat(interrogatives
                        .withoutQuestionWords("wie viel prozent macht das baugewerbe", "de", AnswerType.PERCENT)
                        .strip())
                .isEqualTo("prozent macht das baugewerbe");
    }

    @Test
    void givenTheSample_whenAskedHowMuchMoneySamNeeds_thenTheSentenceStatingTheSumComesFirst() throws IOException {
        // GIVEN the sample, whose sentence about Sam's sum says "benötigt" and "US-Dollar", never "Geld"
        Settings settings = SampleCorpus.settings(SampleCorpus.ARTICLES, dir.resolve("data"))
                .withDictionaries(dir.resolve("no-dictionaries"));
        App app = new App(
                settings.withAnswer(new AnswerSettings(0, settings.answer().alternatives())));
        try (SentenceIndex index =
                app.openIndex(SampleCorpus.ARTICLES, line -> {}).index()) {
            // WHEN a chat question asks how much money Sam needs
            AnswerResult r = app.answerService(index)
                    .ask(AskRequest.of("wie viel geld braucht sam").withUserLocale("de"));

            // THEN the 700-billion sentence is first, not another sentence naming Sam
            assertThat(r.answer().orElseThrow().sentence()).contains("700 Milliarden US-Dollar");
        }
    }
}
