package dev.interlinear.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfidenceSamplesTest {

    @Test
    void givenAQuestion_whenPutInOtherWords_thenEveryOtherLongLowerCaseWordIsAStandIn() {
        String own = ConfidenceSamples.ownWordsForm("How many cranes does the harbour of Lindholm have?");

        // Longer lower-case words: cranes, harbour (and "does", "have" are too short).
        assertThat(own).isEqualTo("How many zzqqa does the harbour of Lindholm have?");
    }

    @Test
    void givenALongerQuestion_whenPutInOtherWords_thenTheFirstThirdFifthAndSeventhLongWordsAreStandIns() {
        String own =
                ConfidenceSamples.ownWordsForm("Which scientist proposed moving the capital across northern rivers?");

        assertThat(own).isEqualTo("Which zzqqa proposed zzqqb the capital zzqqc northern zzqqd?");
    }

    @Test
    void givenNamesFiguresAndTheFirstWord_whenPutInOtherWords_thenTheyStay() {
        String own = ConfidenceSamples.ownWordsForm("Wieviel Rechenleistung kostet 1GW laut OpenAI insgesamt?");

        // German nouns have capitals and stay; "kostet" and "insgesamt" are the lower-case ones, 1GW has a digit.
        assertThat(own).isEqualTo("Wieviel Rechenleistung zzqqa 1GW laut OpenAI insgesamt?");
    }

    @Test
    void givenAQuestionWithoutLongLowerCaseWords_whenPutInOtherWords_thenItIsUnchanged() {
        assertThat(ConfidenceSamples.ownWordsForm("Who is Sam Altman?")).isEqualTo("Who is Sam Altman?");
    }

    @Test
    void givenAQuestion_whenPutAsChat_thenLowerCaseLongerWordsOnly() {
        assertThat(ConfidenceSamples.chatForm("How many cranes does the harbour of Lindholm have?"))
                .isEqualTo("many cranes does harbour lindholm have");
    }
}
