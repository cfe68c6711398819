package dev.interlinear.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample article in German and Portuguese: every figure, both quotes, the names, the one discrepancy. */
class SampleArticleFactsTest {

    private static ArticleFacts facts;

    @BeforeAll
    static void extract() {
        facts = Articles.sample();
    }

    private static List<String> surfaces(String lang, FactKind kind) {
        return facts.quantitiesOf(kind).stream()
                .filter(q -> q.lang().equals(lang))
                .map(QuantityFact::surface)
                .toList();
    }

    private static List<String> values(String lang, FactKind kind) {
        return facts.quantitiesOf(kind).stream()
                .filter(q -> q.lang().equals(lang))
                .map(q -> q.quantity().canonical())
                .toList();
    }

    @Test
    void givenGermanSample_whenExtracted_thenEveryMoneyAmountIsFound() {
        // GIVEN the German sample / WHEN extracted (once, above)
        // THEN five amounts, the two "Billionen-Dollar" ones included, nothing else counted as money
        assertThat(values("de", FactKind.MONEY))
                .containsExactly(
                        "700000000000 USD",
                        "300000000000 USD",
                        "50000000000 USD",
                        "1000000000000 USD",
                        "1000000000000 USD");
        assertThat(surfaces("de", FactKind.MONEY))
                .satisfiesExactly(
                        s -> assertThat(s).isEqualTo("700 Milliarden US-Dollar"),
                        s -> assertThat(s).isEqualTo("300 Milliarden US-Dollar"),
                        s -> assertThat(s).isEqualTo("50 Milliarden US-Dollar"),
                        s -> assertThat(s).endsWith("Billionen-Dollar"),
                        s -> assertThat(s).endsWith("Billionen-Dollar"));
    }

    @Test
    void givenPortugueseSample_whenExtracted_thenEveryMoneyAmountIsFound() {
        // GIVEN / WHEN: the second "de trilhões," names no currency, so it is a bare number, not money
        // THEN
        assertThat(surfaces("pt", FactKind.MONEY))
                .containsExactly(
                        "7 trilhões de dólares",
                        "300 bilhões de dólares",
                        "50 bilhões de dólares",
                        "trilhões de dólares");
        assertThat(values("pt", FactKind.MONEY))
                .containsExactly("7000000000000 USD", "300000000000 USD", "50000000000 USD", "1000000000000 USD");
    }

    @Test
    void givenSample_whenExtracted_thenEveryGigawattFigureIsPowerInBothLanguages() {
        // GIVEN / WHEN / THEN
        assertThat(surfaces("de", FactKind.POWER)).containsExactly("10 GW", "1 GW", "6 GW");
        assertThat(surfaces("pt", FactKind.POWER)).containsExactly("10GW", "1GW", "6GW");
        assertThat(values("pt", FactKind.POWER)).isEqualTo(values("de", FactKind.POWER));
        assertThat(facts.quantitiesOf(FactKind.ENERGY)).isEmpty();
    }

    @Test
    void givenSample_whenExtracted_thenTheTenfoldGrowthIsAMultipleInBothLanguages() {
        // GIVEN / WHEN / THEN
        assertThat(facts.quantitiesOf(FactKind.MULTIPLE))
                .extracting(
                        QuantityFact::lang,
                        QuantityFact::surface,
                        q -> q.quantity().canonical())
                .containsExactly(tuple("de", "Zehnfache", "10 ×"), tuple("pt", "dez vezes", "10 ×"));
    }

    @Test
    void givenSample_whenExtracted_thenTheYearsAreDatesAndBareNumbersAreNoFacts() {
        // GIVEN / WHEN / THEN: 2024 twice, 2026 once; list numbers ("1.", "2.") and "eineinhalb" are no facts
        assertThat(values("de", FactKind.DATE)).containsExactly("2024 year", "2026 year", "2024 year");
        assertThat(values("pt", FactKind.DATE)).containsExactly("2024 year", "2026 year", "2024 year");
        assertThat(facts.quantities()).noneMatch(q -> q.quantity().unit() == dev.interlinear.quantity.Unit.NONE);
        // de: 5 money, 3 power, 1 multiple, 3 years; pt: 4 money (the second "de trilhões," has no currency), ...
        assertThat(facts.quantities()).filteredOn(q -> q.lang().equals("de")).hasSize(12);
        assertThat(facts.quantities()).filteredOn(q -> q.lang().equals("pt")).hasSize(11);
    }

    @Test
    void givenSample_whenExtracted_thenBothQuotesHaveTheirSpeakersInBothLanguages() {
        // GIVEN / WHEN / THEN
        assertThat(facts.quotes())
                .extracting(QuoteFact::lang, QuoteFact::speaker)
                .containsExactly(
                        tuple("de", "Jensen Huang"),
                        tuple("de", "C.C. Wei"),
                        tuple("pt", "Jensen Huang"),
                        tuple("pt", "C.C. Wei"));
        assertThat(facts.quotes().get(0).quote())
                .startsWith("Eine so große Investition")
                .doesNotContain("\"");
        assertThat(facts.quotes().get(1).quote()).isEqualTo("Altman ist zu aggressiv, ich kann es kaum glauben.");
        assertThat(facts.quotes().get(2).quote())
                .startsWith("Um investimento tão grande")
                .endsWith("não é necessário");
        assertThat(facts.quotes().get(3).quote()).isEqualTo("Altman é muito agressivo, eu não consigo acreditar");
    }

    @Test
    void givenSample_whenExtracted_thenScareQuotesAreNoQuotes() {
        // GIVEN de 13 / pt 12: von "Dialogassistenten" zu "Handlungsagenten" / de "assistente de conversa"
        // WHEN / THEN
        assertThat(facts.quotes())
                .extracting(QuoteFact::quote)
                .noneMatch(q -> q.contains("Dialogassistenten") || q.contains("assistente de conversa"));
    }

    @Test
    void givenSample_whenExtracted_thenTheQuoteSpeakersResolveToTheirEntities() {
        // GIVEN / WHEN / THEN
        assertThat(facts.speakerOf(facts.quotes().get(0)))
                .get()
                .extracting(Entity::key)
                .isEqualTo("jensen huang");
        assertThat(facts.speakerOf(facts.quotes().get(3)))
                .get()
                .extracting(Entity::key)
                .isEqualTo("c.c. wei");
        assertThat(facts.entityCalled("jensen huang").orElseThrow().evidence()).contains(NameEvidence.QUOTE_SPEAKER);
    }

    @Test
    void givenSample_whenExtracted_thenTheNamesAreFoundAndMergedAcrossBothTranslations() {
        // GIVEN / WHEN / THEN: one entity per name, mentioned in both translations, in the aligned sentences
        for (String name : List.of("OpenAI", "NVIDIA", "Oracle", "AMD", "TSMC", "Jensen Huang", "C.C. Wei")) {
            Entity e = facts.entityCalled(name).orElseThrow(() -> new AssertionError("no entity " + name));
            assertThat(e.name()).as(name).isEqualTo(name);
            assertThat(e.languages()).as(name).containsExactly("de", "pt");
            assertThat(facts.entities())
                    .filteredOn(x -> x.isCalled(name))
                    .as(name)
                    .hasSize(1);
        }
        Entity huang = facts.entityCalled("Jensen Huang").orElseThrow();
        assertThat(huang.mentionsIn("de")).containsExactly(3, 12);
        assertThat(huang.mentionsIn("pt")).containsExactly(2, 11);
        assertThat(facts.entityCalled("Oracle").orElseThrow().mentionsIn("pt")).containsExactly(5);
    }

    @Test
    void givenSample_whenExtracted_thenGermanNounsAndTranslatedAcronymsAreNoEntities() {
        // GIVEN capitalised German nouns, "KI"/"IA" (acronyms of a common noun), "CEO" (a title)
        // WHEN / THEN
        assertThat(facts.entities())
                .extracting(Entity::key)
                .doesNotContain(
                        "rechenleistung",
                        "infrastruktur",
                        "branche",
                        "investition",
                        "zeit",
                        "ki",
                        "ia",
                        "ceo",
                        "gestern abend",
                        "warum",
                        "der",
                        "o");
        assertThat(facts.entities())
                .extracting(Entity::name)
                .containsExactlyInAnyOrder(
                        "AGI",
                        "Altman",
                        "AMD",
                        "C.C. Wei",
                        "GPT",
                        "Jensen Huang",
                        "NVIDIA",
                        "OpenAI",
                        "Oracle",
                        "Sam",
                        "TSMC");
    }

    @Test
    void givenSample_whenExtracted_thenSamIsFoundInGermanGenitivesToo() {
        // GIVEN "Sams Einschätzung" (de 5) against "o julgamento de Sam" (pt 4) / WHEN / THEN
        assertThat(facts.entityCalled("Sam").orElseThrow().mentionsIn("de")).contains(5, 10, 13, 20);
    }

    @Test
    void givenSample_whenCompared_thenExactlyOneDiscrepancy700BillionAgainst7Trillion() {
        // GIVEN / WHEN / THEN
        assertThat(facts.discrepancies()).hasSize(1);
        Discrepancy d = facts.discrepancies().getFirst();
        assertThat(d.kind()).isEqualTo(FactKind.MONEY);
        assertThat(d.left().lang()).isEqualTo("de");
        assertThat(d.left().surface()).isEqualTo("700 Milliarden US-Dollar");
        assertThat(d.left().sentenceIndex()).isEqualTo(1);
        assertThat(d.right().lang()).isEqualTo("pt");
        assertThat(d.right().surface()).isEqualTo("7 trilhões de dólares");
        assertThat(d.right().sentence()).startsWith("Não sei quantas pessoas");
    }
}
