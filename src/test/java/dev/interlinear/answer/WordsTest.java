package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void givenScriptsWithVowelSigns_whenSplitIntoWords_thenTheSignsStayInTheirWords() {
        // Devanagari and Thai vowel signs and the virama are combining marks, not letters
        assertThat(Words.of("वारसॉ का स्टॉक एक्सचेंज")).containsExactly("वारसॉ", "का", "स्टॉक", "एक्सचेंज");
        assertThat(Words.of("ตลาดหลักทรัพย์ วอร์ซอว์")).containsExactly("ตลาดหลักทรัพย์", "วอร์ซอว์");
        // a mark with no letter before it still separates nothing on its own
        assertThat(Words.of("\u0301abc, déjà-vu")).containsExactly("abc", "deja", "vu");
    }
}
