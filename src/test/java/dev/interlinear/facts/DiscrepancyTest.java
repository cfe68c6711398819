package dev.interlinear.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Aligned sentences with the same figures in different formats, and with different figures. */
class DiscrepancyTest {

    @Test
    void givenGigawattsGluedAndSpaced_whenCompared_thenNoDiscrepancy() {
        // GIVEN "10GW" against "10 GW"
        ArticleFacts facts = Articles.facts(
                "de",
                "Die Firma baut 10GW Rechenleistung auf.",
                "pt",
                "A empresa vai construir 10 GW de poder computacional.");
        // WHEN / THEN: both are power, and equal
        assertThat(facts.quantitiesOf(FactKind.POWER)).hasSize(2);
        assertThat(facts.discrepancies()).isEmpty();
    }

    @Test
    void givenUsDollarAgainstDolares_whenCompared_thenNoDiscrepancy() {
        // GIVEN
        ArticleFacts facts = Articles.facts(
                "de",
                "Der Vertrag hat einen Wert von 300 Milliarden US-Dollar.",
                "pt",
                "O contrato vale 300 bilhões de dólares.");
        // WHEN / THEN
        assertThat(facts.quantitiesOf(FactKind.MONEY)).hasSize(2);
        assertThat(facts.discrepancies()).isEmpty();
    }

    @Test
    void givenDecimalCommaAgainstDecimalPoint_whenCompared_thenNoDiscrepancy() {
        // GIVEN "1,5" (German) against "1.5" (English)
        ArticleFacts facts = Articles.facts(
                "de",
                "Das Rechenzentrum braucht 1,5 GW und kostet 1,5 Milliarden Euro.",
                "en",
                "The data centre needs 1.5 GW and costs 1.5 billion euros.");
        // WHEN / THEN
        assertThat(facts.quantitiesOf(FactKind.POWER)).hasSize(2);
        assertThat(facts.quantitiesOf(FactKind.MONEY)).hasSize(2);
        assertThat(facts.discrepancies()).isEmpty();
    }

    @Test
    void givenHalvesSpelledOut_whenCompared_thenNoDiscrepancy() {
        // GIVEN "eineinhalb" against "um ... e meio", and "eineinhalb Milliarden Euro" against "1,5 bilhão de euros"
        ArticleFacts facts = Articles.facts(
                "de", "Eineinhalb Jahre später investierte die Stadt eineinhalb Milliarden Euro im Jahr 2025.",
                "pt", "Um ano e meio depois, a cidade investiu 1,5 bilhão de euros em 2025.");
        // WHEN / THEN
        assertThat(facts.quantitiesOf(FactKind.MONEY))
                .extracting(q -> q.quantity().canonical())
                .containsExactly("1500000000 EUR", "1500000000 EUR");
        assertThat(facts.discrepancies()).isEmpty();
    }

    @Test
    void givenTwoBillionInFiveLanguagesAndFormats_whenCompared_thenNoDiscrepancyBetweenAnyPair() {
        // GIVEN the same sentence in five languages, each with its own magnitude word and currency spelling
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("de", "Im Jahr 2025 sammelte das Startup 2 Milliarden US-Dollar ein.");
        texts.put("en", "In 2025 the startup raised $2 billion.");
        texts.put("es", "En 2025 la empresa emergente recaudó 2 mil millones de dólares.");
        texts.put("fr", "En 2025, la jeune pousse a levé 2 milliards de dollars.");
        texts.put("pt", "Em 2025, a startup captou US$ 2 bilhões.");
        // WHEN
        ArticleFacts facts = Articles.facts("raise", texts);
        // THEN every translation has the money and the year, and no pair of the ten disagrees
        assertThat(facts.quantitiesOf(FactKind.MONEY))
                .hasSize(5)
                .allMatch(q -> q.quantity().canonical().equals("2000000000 USD"));
        assertThat(facts.quantitiesOf(FactKind.DATE)).hasSize(5);
        assertThat(facts.discrepancies()).isEmpty();
    }

    @Test
    void givenThreeMillionAgainstThirtyMillion_whenCompared_thenOneMoneyDiscrepancy() {
        // GIVEN
        ArticleFacts facts = Articles.facts(
                "en",
                "The city spent 3 million dollars on the bridge.",
                "es",
                "La ciudad gastó 30 millones de dólares en el puente.");
        // WHEN / THEN
        assertThat(facts.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(FactKind.MONEY);
            assertThat(d.left().lang()).isEqualTo("en");
            assertThat(d.left().surface()).isEqualTo("3 million dollars");
            assertThat(d.right().surface()).isEqualTo("30 millones de dólares");
            assertThat(d.group()).isZero();
        });
    }

    @Test
    void givenFivePercentAgainstFifteenPercent_whenCompared_thenOnePercentDiscrepancy() {
        // GIVEN
        ArticleFacts facts = Articles.facts(
                "de",
                "Der Umsatz stieg im Jahr 2024 um 5 %.",
                "fr",
                "Le chiffre d'affaires a augmenté de 15 % en 2024.");
        // WHEN / THEN: the year agrees, the percentage does not
        assertThat(facts.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(FactKind.PERCENT);
            assertThat(d.left().quantity().canonical()).isEqualTo("5 %");
            assertThat(d.right().quantity().canonical()).isEqualTo("15 %");
        });
    }

    @Test
    void givenDifferentYears_whenCompared_thenDateDiscrepancy() {
        // GIVEN
        ArticleFacts facts = Articles.facts("en", "The plant opens in 2026.", "pt", "A usina abre em 2027.");
        // WHEN / THEN
        assertThat(facts.discrepancies())
                .singleElement()
                .extracting(Discrepancy::kind)
                .isEqualTo(FactKind.DATE);
    }

    @Test
    void givenYearRepeatedOnOneSide_whenCompared_thenNoDiscrepancy() {
        // GIVEN 2024 twice in German, once in Portuguese
        ArticleFacts facts = Articles.facts(
                "de",
                "Im Jahr 2024 wuchs der Markt, und 2024 blieb ein Rekordjahr.",
                "pt",
                "Em 2024, o mercado cresceu e bateu recorde.");
        // WHEN / THEN
        assertThat(facts.discrepancies()).isEmpty();
    }

    @Test
    void givenCurrencyDroppedInOneTranslation_whenCompared_thenTheBareNumberStillAgrees() {
        // GIVEN 2 trillion dollars and 50 billion dollars against "2 trilhões" without a currency word
        ArticleFacts facts = Articles.facts(
                "en",
                "It plans 2 trillion dollars of data centres and 50 billion dollars of chips.",
                "pt",
                "Planeja 2 trilhões em centros de dados e 50 bilhões de dólares em chips.");
        // WHEN / THEN
        assertThat(facts.discrepancies()).isEmpty();
    }
}
