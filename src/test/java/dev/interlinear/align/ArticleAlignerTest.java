package dev.interlinear.align;

import static dev.interlinear.align.Fixtures.paragraph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interlinear.segment.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleAlignerTest {

    private final ArticleAligner aligner = new ArticleAligner();

    private static final List<Sentence> EN = paragraph(
            "en",
            "OpenAI signed a contract worth 300 billion dollars with Oracle.",
            "It also agreed to deploy 10 GW of NVIDIA systems from 2026.",
            "Yesterday it announced a 6 GW deal with AMD.",
            "Why so much?");
    // German joins the first two English sentences.
    private static final List<Sentence> DE = paragraph(
            "de",
            "OpenAI hat einen Vertrag über 300 Milliarden Dollar mit Oracle unterzeichnet und will ab 2026 "
                    + "10 GW an NVIDIA-Systemen einsetzen.",
            "Gestern kündigte es eine Vereinbarung über 6 GW mit AMD an.",
            "Warum so viel?");
    // Portuguese adds a sentence of its own after the AMD deal.
    private static final List<Sentence> PT = paragraph(
            "pt",
            "A OpenAI assinou um contrato de 300 bilhões de dólares com a Oracle.",
            "Também concordou em implantar 10 GW de sistemas da NVIDIA a partir de 2026.",
            "Ontem anunciou um acordo de 6 GW com a AMD.",
            "A notícia fez as ações da AMD dispararem mais de vinte por cento em poucas horas de negociação.",
            "Por que tanto?");

    private static Map<String, List<Sentence>> article() {
        Map<String, List<Sentence>> byLang = new LinkedHashMap<>();
        byLang.put("de", DE);
        byLang.put("en", EN);
        byLang.put("pt", PT);
        return byLang;
    }

    @Test
    void givenOriginalLanguageAmongTranslations_whenChoosingPivot_thenOriginalIsPivot() {
        assertThat(aligner.choosePivot(article(), Optional.of("de"))).isEqualTo("de");
    }

    @Test
    void givenNoOriginalAmongTranslations_whenChoosingPivot_thenMostSentencesThenFirstTagWins() {
        // GIVEN original zh (not translated) / WHEN / THEN pt has the most sentences
        assertThat(aligner.choosePivot(article(), Optional.of("zh"))).isEqualTo("pt");
        // GIVEN two translations with equal counts / THEN the first tag alphabetically
        Map<String, List<Sentence>> tie = new LinkedHashMap<>();
        tie.put("fr", EN);
        tie.put("en", EN);
        assertThat(aligner.choosePivot(tie, Optional.empty())).isEqualTo("en");
    }

    @Test
    void givenThreeTranslations_whenAligned_thenGroupsJoinWhatAnyTranslationJoins() {
        // WHEN aligned on the English pivot
        ArticleAlignment alignment = aligner.align(article(), Optional.of("en"));

        // THEN
        assertThat(alignment.pivot()).isEqualTo("en");
        assertThat(alignment.languages()).containsExactly("de", "en", "pt");
        // German joins English 0 and 1: one group holds English 0-1, German 0, Portuguese 0-1
        int first = alignment.groupOf("en", 0);
        assertThat(first).isZero();
        assertThat(alignment.groupOf("en", 1)).isEqualTo(first);
        assertThat(alignment.sentencesIn("de", first)).containsExactly(0);
        assertThat(alignment.sentencesIn("pt", first)).containsExactly(0, 1);
        // The AMD sentence: one each
        int amd = alignment.groupOf("en", 2);
        assertThat(amd).isEqualTo(1);
        assertThat(alignment.sentencesIn("de", amd)).containsExactly(1);
        assertThat(alignment.sentencesIn("pt", amd)).containsExactly(2);
        // The Portuguese-only sentence has its own group, in document order after the AMD group
        int extra = alignment.groupOf("pt", 3);
        assertThat(extra).isEqualTo(2);
        assertThat(alignment.groups().get(extra).sentences()).containsOnlyKeys("pt");
        // The last sentence
        assertThat(alignment.sentencesIn("de", 3)).containsExactly(2);
        assertThat(alignment.counterparts("pt", 4, "en")).containsExactly(3);
        assertThat(alignment.groups()).hasSize(4);
    }

    @Test
    void givenAnyAlignment_whenInspected_thenEverySentenceIsInExactlyOneGroupAndIdsAreOrdered() {
        // WHEN
        ArticleAlignment alignment = aligner.align(article(), Optional.empty());

        // THEN
        for (int k = 0; k < alignment.groups().size(); k++) {
            assertThat(alignment.groups().get(k).id()).isEqualTo(k);
        }
        article().forEach((lang, sentences) -> {
            List<Integer> covered = alignment.groups().stream()
                    .flatMap(g -> g.sentencesIn(lang).stream())
                    .toList();
            assertThat(covered)
                    .as(lang)
                    .containsExactlyElementsOf(
                            sentences.stream().map(Sentence::index).toList());
            for (Sentence s : sentences) {
                assertThat(alignment.sentencesIn(lang, alignment.groupOf(lang, s.index())))
                        .contains(s.index());
            }
        });
    }

    @Test
    void givenSingleTranslation_whenAligned_thenOneGroupPerSentence() {
        // WHEN
        ArticleAlignment alignment = aligner.align(Map.of("en", EN), Optional.empty());

        // THEN
        assertThat(alignment.groups()).hasSize(EN.size());
        assertThat(alignment.groupOf("en", 3)).isEqualTo(3);
    }

    @Test
    void givenEmptyTranslation_whenAligned_thenOtherSentencesStillGrouped() {
        // GIVEN a translation without sentences (an unreadable file produced nothing)
        Map<String, List<Sentence>> byLang = new LinkedHashMap<>();
        byLang.put("en", EN);
        byLang.put("de", List.of());

        // WHEN
        ArticleAlignment alignment = aligner.align(byLang, Optional.of("de"));

        // THEN the empty pivot leaves every English sentence in its own group, in order
        assertThat(alignment.groups()).hasSize(EN.size());
        assertThat(alignment.groupOf("en", 2)).isEqualTo(2);
        assertThat(alignment.sentencesIn("de", 0)).isEmpty();
    }

    @Test
    void givenUnknownLanguageOrSentence_whenAskingForGroup_thenClearError() {
        ArticleAlignment alignment = aligner.align(article(), Optional.empty());

        assertThatThrownBy(() -> alignment.groupOf("fr", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fr");
        assertThatThrownBy(() -> alignment.groupOf("en", 99))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99");
        assertThatThrownBy(() -> aligner.align(Map.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
