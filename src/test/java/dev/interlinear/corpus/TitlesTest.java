package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void givenATitleWithinTheLimit_whenCut_thenUnchanged() {
        assertThat(Titles.cut("Warum sammelt Sam Altman Rechenleistung?", 40))
                .isEqualTo("Warum sammelt Sam Altman Rechenleistung?");
    }

    @Test
    void givenALongTitleWithSpaces_whenCut_thenAtTheLastWordThatFits() {
        assertThat(Titles.cut("Warum sammelt Sam Altman Rechenleistung?", 20)).isEqualTo("Warum sammelt Sam…");
    }

    @Test
    void givenALongTitleWithoutSpaces_whenCut_thenBetweenCharactersButNeverBetweenALetterAndItsAccents() {
        // GIVEN Chinese (no spaces), and decomposed accents where the cut would fall
        assertThat(Titles.cut("为什么山姆奥特曼在收集计算能力", 6)).isEqualTo("为什么山姆…");
        assertThat(Titles.cut("abcde\u0301\u0301fgh", 6)).isEqualTo("abcd…");
        // ... and a character outside the BMP is not cut in two
        assertThat(Titles.cut("😀😀😀😀", 3)).isEqualTo("😀😀…");
    }
}
