package dev.interlinear.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Quotes and speakers in each supported language. */
class QuoteTest {

    @Test
    void givenGermanSpeechVerbBeforeColon_whenExtracted_thenSpeakerIsTheNameNearestTheVerb() {
        // GIVEN an organisation after the speaker and a German noun pair before the verb
        ArticleFacts facts = Articles.facts(
                "de", "Gestern Abend sagte Maria Schneider von Siemens: „Wir bauen das Werk in Dresden.“");
        // WHEN / THEN
        assertThat(facts.quotes())
                .extracting(QuoteFact::speaker, QuoteFact::quote)
                .containsExactly(tuple("Maria Schneider", "Wir bauen das Werk in Dresden."));
    }

    @Test
    void givenPortugueseSpeakerBetweenCommas_whenExtracted_thenSpeakerFound() {
        // GIVEN
        ArticleFacts facts = Articles.facts("pt", "O diretor do banco, J.P. Almeida, declarou: “Os juros vão cair.”");
        // WHEN / THEN
        assertThat(facts.quotes())
                .extracting(QuoteFact::speaker, QuoteFact::quote)
                .containsExactly(tuple("J.P. Almeida", "Os juros vão cair."));
    }

    @Test
    void givenEnglishAttributionAfterTheQuote_whenExtracted_thenSpeakerFound() {
        // GIVEN
        ArticleFacts facts = Articles.facts("en", "\"We will win,\" said Maria Lopez.");
        // WHEN / THEN the comma belongs to the attribution, not to the quote
        assertThat(facts.quotes())
                .extracting(QuoteFact::speaker, QuoteFact::quote)
                .containsExactly(tuple("Maria Lopez", "We will win"));
        assertThat(facts.entityCalled("Maria Lopez"))
                .get()
                .satisfies(e -> assertThat(e.evidence()).contains(NameEvidence.QUOTE_SPEAKER));
    }

    @Test
    void givenSpanishQuoteInGuillemets_whenExtracted_thenSpeakerFound() {
        // GIVEN
        ArticleFacts facts = Articles.facts("es", "La ministra Ana María Ruiz afirmó: «El plan costará menos».");
        // WHEN / THEN
        assertThat(facts.quotes())
                .extracting(QuoteFact::speaker, QuoteFact::quote)
                .containsExactly(tuple("Ana María Ruiz", "El plan costará menos"));
    }

    @Test
    void givenFrenchQuoteWithSpeakerAfterIt_whenExtracted_thenSpeakerFound() {
        // GIVEN French guillemets with their narrow spaces
        ArticleFacts facts = Articles.facts("fr", "« Nous allons investir davantage », a déclaré Jean Dupont.");
        // WHEN / THEN
        assertThat(facts.quotes())
                .extracting(QuoteFact::speaker, QuoteFact::quote)
                .containsExactly(tuple("Jean Dupont", "Nous allons investir davantage"));
    }

    @Test
    void givenSingleQuotesAroundASentence_whenExtracted_thenQuoteFoundButApostrophesAreNoQuotes() {
        // GIVEN single quotes around words, and apostrophes elsewhere
        ArticleFacts facts =
                Articles.facts("en", "Tom Baker's team agreed when Sarah Connor said: 'It's too late now.'");
        // WHEN / THEN
        assertThat(facts.quotes())
                .extracting(QuoteFact::speaker, QuoteFact::quote)
                .containsExactly(tuple("Sarah Connor", "It's too late now."));
    }

    @Test
    void givenScareQuotesWithoutSpeechVerb_whenExtracted_thenNoQuote() {
        // GIVEN
        ArticleFacts de = Articles.facts(
                "de", "Das Ziel ist ein Wandel von \"Dialogassistenten\" zu \"Handlungsagenten\" für alle Kunden.");
        ArticleFacts en = Articles.facts("en", "The so-called \"smart grid\" was announced by Siemens.");
        // WHEN / THEN
        assertThat(de.quotes()).isEmpty();
        assertThat(en.quotes()).isEmpty();
    }

    @Test
    void givenSpeechVerbButOnlyASingleGermanNoun_whenExtracted_thenNoSpeakerAndNoQuote() {
        // GIVEN a German noun where a name would be: nouns are capitalised, so "Sprecherin" is no name
        ArticleFacts facts = Articles.facts("de", "Die Sprecherin sagte: \"Wir prüfen den Vorschlag.\"");
        // WHEN / THEN
        assertThat(facts.quotes()).isEmpty();
    }

    @Test
    void givenSingleLastNameConfirmedByAnotherTranslation_whenExtracted_thenItSpeaks() {
        // GIVEN "sagte Altman" and "disse Altman": one capitalised word, a name by cross-translation evidence
        ArticleFacts facts = Articles.facts(
                "de",
                "Danach sagte Altman: \"Wir brauchen mehr Chips.\"",
                "pt",
                "Depois disse Altman: \"Precisamos de mais chips.\"");
        // WHEN / THEN
        assertThat(facts.quotes())
                .extracting(QuoteFact::lang, QuoteFact::speaker)
                .containsExactly(tuple("de", "Altman"), tuple("pt", "Altman"));
        assertThat(facts.speakerOf(facts.quotes().getFirst()))
                .get()
                .extracting(Entity::key)
                .isEqualTo("altman");
    }
}
