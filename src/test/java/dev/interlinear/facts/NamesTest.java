package dev.interlinear.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void givenEveryLatin1Character_whenFolded_thenItFoldsAsByTheNormaliser() {
        for (char c = 0; c < 0x100; c++) {
            String s = "A" + c + "b";
            assertThat(Names.fold(s)).as(s).isEqualTo(Names.slowFold(s));
        }
    }

    @Test
    void givenRandomWords_whenFolded_thenTheyFoldAsByTheNormaliser() {
        Random random = new Random(5);
        int[] alphabet = "aAzZéÉßÅåÆæØøÇçÑñÿµªº²¨´ İıΣσς\u0301\u0327ǅĳŒœ𝐀".codePoints().toArray();
        for (int round = 0; round < 50_000; round++) {
            StringBuilder w = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                w.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = w.toString();
            assertThat(Names.fold(s)).as(s).isEqualTo(Names.slowFold(s));
        }
    }

    @Test
    void givenInitialsWithSpaces_whenKeyed_thenTheyAreWrittenTogether() {
        assertThat(Names.key(" C. C.  Wei ")).isEqualTo("c.c. wei");
        assertThat(Names.key("Jensen\tHuang")).isEqualTo("jensen huang");
    }
}
