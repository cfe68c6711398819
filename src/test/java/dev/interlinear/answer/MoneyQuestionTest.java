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

/** Questions about an amount of money: answered by a sentence that states a sum, not by any figure. */
class MoneyQuestionTest {

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
