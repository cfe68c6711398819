package dev.interlinear.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RememberedQuantitiesTest {

    @Test
    void aSentenceIsScannedOncePerLanguage() {
        // GIVEN a finder that records what it is asked
        List<String> asked = new ArrayList<>();
        QuantityExtractor real = new QuantityExtractor();
        RememberedQuantities remembered = new RememberedQuantities(new QuantityFinder() {
            @Override
            public List<Quantity> extract(String text, String lang) {
                asked.add(lang + ":" + text);
                return real.extract(text, lang);
            }

            @Override
            public Optional<Unit> unitNamed(String word, String lang) {
                return real.unitNamed(word, lang);
            }
        });

        // WHEN the facts and the index fields ask for the same sentence, and once in another language
        List<Quantity> first = remembered.extract("Die Anlage liefert 10 GW.", "de");
        List<Quantity> second = remembered.extract("Die Anlage liefert 10 GW.", "de");
        remembered.extract("Die Anlage liefert 10 GW.", "en");

        // THEN the sentence was scanned once per language and both answers agree with a fresh scan
        assertThat(asked).containsExactly("de:Die Anlage liefert 10 GW.", "en:Die Anlage liefert 10 GW.");
        assertThat(second)
                .isSameAs(first)
                .isEqualTo(real.extract("Die Anlage liefert 10 GW.", "de"))
                .hasSize(1);
    }
}
