package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatShorthandTest {

    private final ChatShorthand shorthand = new ChatShorthand();

    @Test
    void givenShorthandOfTheQuestionsLanguage_whenExpanded_thenItIsReadAsTheWords() {
        assertThat(shorthand.expand("whats the oracle deal", "en")).isEqualTo("what is the oracle deal");
        assertThat(shorthand.expand("Wieviel Geld braucht Sam", "de")).isEqualTo("wie viel Geld braucht Sam");
        assertThat(shorthand.expand("oq a openai assinou c a amd", "pt")).isEqualTo("o que a openai assinou c a amd");
        assertThat(shorthand.expand("q firmo openai con amd", "es")).isEqualTo("que firmo openai con amd");
        assertThat(shorthand.expand("koi de neuf avec amd", "fr")).isEqualTo("quoi de neuf avec amd");
    }

    @Test
    void givenAnotherLanguagesShorthand_whenExpanded_thenItIsLeftAlone() {
        // "wat" is "was" in German chat and "what" in English; Portuguese "q" means nothing in English.
        assertThat(shorthand.expand("wat did openai sign", "de")).isEqualTo("was did openai sign");
        assertThat(shorthand.expand("q is for quantum", "en")).isEqualTo("q is for quantum");
    }

    @Test
    void givenLaughterAndChatFormulas_whenExpanded_thenTheyAreDropped() {
        assertThat(shorthand.expand("who signed with amd lol", "en")).isEqualTo("who signed with amd ");
        assertThat(shorthand.expand("quem assinou com a amd kkkk", "pt")).isEqualTo("quem assinou com a amd ");
        assertThat(shorthand.expand("jajaja quien firmo", "es")).isEqualTo(" quien firmo");
        assertThat(shorthand.expand("pls who is altman", "fr")).isEqualTo(" who is altman");
    }

    @Test
    void givenShorthandInsideWordsAbbreviationsOrContractions_whenExpanded_thenNothingChanges() {
        // "u" of "U.S." and of "U-Boot" is no "you", "qto" inside a word is none, "don't" keeps its apostrophe
        assertThat(shorthand.expand("when did the U.S. sign", "en")).isEqualTo("when did the U.S. sign");
        assertThat(shorthand.expand("how big was a U-boat", "en")).isEqualTo("how big was a U-boat");
        assertThat(shorthand.expand("who don't u trust", "en")).isEqualTo("who don't you trust");
        assertThat(shorthand.expand("aqtoz", "pt")).isEqualTo("aqtoz");
        assertThat(shorthand.expand("hahaha", "de")).isEmpty();
    }

    @Test
    void givenAcronymsNamesAndCapitalisedWords_whenExpanded_thenOnlyAMessagesFirstWordMayHaveACapital() {
        assertThat(shorthand.expand("Whats the oracle deal", "en")).isEqualTo("what is the oracle deal");
        assertThat(shorthand.expand("how big is angkor Wat", "en")).isEqualTo("how big is angkor Wat");
        assertThat(shorthand.expand("quanto custa 10 TB", "pt")).isEqualTo("quanto custa 10 TB");
        assertThat(shorthand.expand("quem governa o RS", "pt")).isEqualTo("quem governa o RS");
        assertThat(shorthand.expand("what did the KKK say", "en")).isEqualTo("what did the KKK say");
    }

    @Test
    void givenAddressesAndInitials_whenExpanded_thenNothingChanges() {
        assertThat(shorthand.expand("o que diz https://x.org/?q=amd", "pt"))
                .isEqualTo("o que diz https://x.org/?q=amd");
        assertThat(shorthand.expand("who wrote u. and v.", "en")).isEqualTo("who wrote u. and v.");
    }

    @Test
    void givenAChatMessagesFirstToken_whenAskedWhetherItOpensAQuestion_thenOnlyQuestionShorthandDoes() {
        assertThat(shorthand.opensQuestion("oq")).isTrue();
        assertThat(shorthand.opensQuestion("Whats")).isTrue();
        assertThat(shorthand.opensQuestion("thats")).isFalse();
        assertThat(shorthand.opensQuestion("koi")).isFalse();
        assertThat(shorthand.opensQuestion("OQ")).isFalse();
    }

    @Test
    void givenAChatMessageOpenedByShorthand_whenAskedWhetherItIsAQuestion_thenOnlyAQuestionIs() {
        Interrogatives interrogatives = new Interrogatives();

        assertThat(interrogatives.startsWithQuestionWord("oq a openai assinou com a amd"))
                .isTrue();
        assertThat(interrogatives.startsWithQuestionWord("whats the oracle deal"))
                .isTrue();
        assertThat(interrogatives.startsWithQuestionWord("thats cool")).isFalse();
        assertThat(interrogatives.startsWithQuestionWord("tb acho isso")).isFalse();
    }
}
