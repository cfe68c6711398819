package dev.interlinear.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text fragment directives (WICG Scroll-to-Text) for sentences of a translation's public page. */
class TextFragmentsTest {

    @Test
    void givenAShortSentence_whenLinked_thenTheWholeSentenceIsTheDirective() {
        assertThat(TextFragments.directive(List.of("  Altman ist zu aggressiv.  "), 0))
                .isEqualTo("Altman%20ist%20zu%20aggressiv.");
    }

    @Test
    void givenALongSentence_whenLinked_thenFiveWordsAtEachEndAsStartAndEnd() {
        assertThat(TextFragments.directive(List.of("one two three four five six seven eight nine ten eleven"), 0))
                .isEqualTo("one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven");
    }

    @Test
    void givenExactlyTenWords_whenLinked_thenStillOneWholeDirective() {
        assertThat(TextFragments.directive(List.of("1 2 3 4 5 6 7 8 9 10"), 0))
                .isEqualTo("1%202%203%204%205%206%207%208%209%2010");
    }

    @Test
    void givenTextFragmentSyntaxAndNonAscii_whenEncoded_thenPercentEncoded() {
        // '-', ',' and '&' separate the parts of a text directive, so they must be encoded, as must spaces.
        String directive = TextFragments.directive(List.of("US-Dollar, 50 % & für"), 0);

        assertThat(directive).isEqualTo("US%2DDollar%2C%2050%20%25%20%26%20f%C3%BCr");
        assertThat(directive).doesNotContain("-", ",", "&", " ", "+", "ü");
    }

    @Test
    void givenALongSentenceWithCommas_whenLinked_thenOnlyTheSeparatorCommaIsLiteral() {
        String directive = TextFragments.directive(
                List.of("Zuerst, sagte er, kommen die Chips, dann die Rechenzentren, dann der Strom."), 0);

        assertThat(directive.chars().filter(c -> c == ',').count()).isEqualTo(1);
    }

    @Test
    void givenASentenceWhoseStartOccursTwice_whenLinked_thenThePreviousSentencesLastWordsArePrefixed() {
        List<String> sentences = List.of(
                "Run the command as root.",
                "The command prints the log.",
                "Then check the output twice.",
                "The command prints the log.");

        assertThat(TextFragments.directive(sentences, 3))
                .isEqualTo("the%20output%20twice.-,The%20command%20prints%20the%20log.");
        assertThat(TextFragments.directive(sentences, 2)).isEqualTo("Then%20check%20the%20output%20twice.");
    }
}
