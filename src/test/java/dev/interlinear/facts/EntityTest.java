package dev.interlinear.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names by shape and by cross-translation evidence. */
class EntityTest {

    @Test
    void givenLastNameAloneLater_whenExtracted_thenItMergesIntoTheFullName() {
        // GIVEN
        ArticleFacts facts =
                Articles.facts("en", "Lisa Su leads the company. Analysts expect that Su will announce new chips.");
        // WHEN / THEN
        assertThat(facts.entities())
                .filteredOn(e -> e.isCalled("Su"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.name()).isEqualTo("Lisa Su");
                    assertThat(e.aliases()).contains("Su");
                    assertThat(e.mentionsIn("en")).containsExactly(0, 1);
                });
    }

    @Test
    void givenGermanCapitalisedNounsWithoutEvidence_whenExtracted_thenNoEntities() {
        // GIVEN German nouns, also in pairs, and a Portuguese counterpart that translates them
        ArticleFacts facts = Articles.facts(
                "de",
                "Die Rechenleistung wächst, und Gestern Abend stieg die Nachfrage.",
                "pt",
                "O poder computacional cresce, e ontem à noite subiu a demanda.");
        // WHEN / THEN
        assertThat(facts.entities()).isEmpty();
    }

    @Test
    void givenSameNameInAlignedSentences_whenExtracted_thenOneEntityWithAccentsFolded() {
        // GIVEN a name spelled with and without an accent
        ArticleFacts facts = Articles.facts(
                "es", "Ayer habló José Pérez con Oracle.", "en", "Yesterday Jose Perez spoke with Oracle.");
        // WHEN / THEN
        assertThat(facts.entities()).extracting(Entity::key).containsExactlyInAnyOrder("jose perez", "oracle");
        assertThat(facts.entityCalled("José Pérez"))
                .get()
                .satisfies(e -> assertThat(e.languages()).containsExactly("en", "es"));
    }

    @Test
    void givenSentenceInitialFunctionWords_whenExtracted_thenTheyAreNotPartOfNames() {
        // GIVEN
        ArticleFacts facts = Articles.facts("en", "The Microsoft deal was signed. In Berlin Anna Weber disagreed.");
        // WHEN / THEN "The" and "In" fall away; "Microsoft" alone has no second translation to confirm it
        assertThat(facts.entities())
                .extracting(Entity::name)
                .contains("Berlin Anna Weber")
                .doesNotContain("The Microsoft", "In Berlin Anna Weber");
    }

    @Test
    void givenAcronymTranslatedAsAnother_whenExtracted_thenNoEntity() {
        // GIVEN "KI" in German is "IA" in Portuguese: an acronym of a common noun
        ArticleFacts facts = Articles.facts("de", "Die KI von OpenAI wächst.", "pt", "A IA da OpenAI cresce.");
        // WHEN / THEN
        assertThat(facts.entities()).extracting(Entity::name).containsExactly("OpenAI");
    }
}
