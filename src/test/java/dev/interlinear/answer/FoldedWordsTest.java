package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.language.Folding;
import org.junit.jupiter.api.Test;

class FoldedWordsTest {

    @Test
    void givenScriptsWithVowelSigns_whenSplitIntoWords_thenTheSignsStayInTheirWords() {
        // Devanagari and Thai vowel signs and the virama are combining marks, not letters
        assertThat(FoldedWords.split("वारसॉ का स्टॉक एक्सचेंज"))
                .containsExactly(fold("वारसॉ"), fold("का"), fold("स्टॉक"), fold("एक्सचेंज"));
        assertThat(FoldedWords.split("ตลาดหลักทรัพย์ วอร์ซอว์"))
                .containsExactly(fold("ตลาดหลักทรัพย์"), fold("วอร์ซอว์"));
        // a mark with no letter before it still separates nothing on its own
        assertThat(FoldedWords.split("\u0301abc, Déjà-vu")).containsExactly("abc", "deja", "vu");
    }

    @Test
    void givenAWordAndItsCognate_whenCompared_thenTheirGramsShareMost() {
        FoldedWords sentence = new FoldedWords("The Information grows");
        // "information": 8 windows, all among the 10 grams of "informationen"
        assertThat(sentence.bestDice(FoldedWords.grams("informationen"), 5)).isEqualTo(2.0 * 8 / 18);
        assertThat(sentence.bestDice(FoldedWords.grams("informationen"), 20)).isZero();
    }

    private static String fold(String word) {
        return Folding.fold(word);
    }
}
