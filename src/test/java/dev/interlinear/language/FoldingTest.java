package dev.interlinear.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void givenSpellingsOfOneWord_whenFolded_thenTheyAreEqual() {
        assertThat(Folding.fold("Zürich")).isEqualTo(Folding.fold("ZURICH")).isEqualTo("zurich");
        assertThat(Folding.fold("Straße")).isEqualTo(Folding.fold("Strasse")).isEqualTo("strasse");
        // Greek capitals drop the accent, and a final sigma is a sigma
        assertThat(Folding.fold("ΑΘΗΝΑΣ")).isEqualTo(Folding.fold("Αθήνας")).isEqualTo("αθηνασ");
        assertThat(Folding.fold("İstanbul")).isEqualTo("istanbul");
        assertThat(Folding.fold("Łódź")).isEqualTo("lodz");
    }

    @Test
    void givenAFoldedWord_whenFoldedAgain_thenItComesBackUncopied() {
        String word = "infraestrutura";
        assertThat(Folding.fold(word)).isSameAs(word);
    }
}
