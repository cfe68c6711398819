package dev.interlinear.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantityFoldTest {

    @Test
    void givenLatin1Words_whenFoldedByTheTable_thenTheyFoldAsTheNormaliserFoldsThem() {
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder w = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                w.append((char) (0x80 + random.nextInt(0x80))); // at least one character beyond ASCII
                if (random.nextBoolean()) {
                    w.append((char) ('A' + random.nextInt(58)));
                }
            }
            String word = w.toString();
            assertThat(QuantityExtractor.fold(word)).as(word).isEqualTo(QuantityExtractor.slowFold(word));
        }
    }
}
