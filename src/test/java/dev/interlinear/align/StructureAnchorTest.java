package dev.interlinear.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.segment.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structured documents (headings) are aligned section by section. */
class StructureAnchorTest {

    private final SentenceAligner aligner = new SentenceAligner();

    // Prose sentences of similar length and without anchors, so that only lengths and structure can guide.
    private static final String A =
            "The project started in a small office with only three people and a borrowed server.";
    private static final String B =
            "Within a year the team had grown and moved into a larger building near the station.";
    private static final String E1 =
            "This paragraph about the history of the building was left out of the translation.";
    private static final String E2 =
            "So was this one, which described the furniture of the old office in great detail.";
    private static final String C = "Users liked the first version because it was fast and did not need an account.";
    private static final String D =
            "Later versions added features that made the program slower but more useful for work.";

    private static final String A_DE =
            "Das Projekt begann in einem kleinen Büro mit nur drei Leuten und einem geliehenen Server.";
    private static final String B_DE =
            "Innerhalb eines Jahres war das Team gewachsen und in ein größeres Haus am Bahnhof gezogen.";
    private static final String C_DE =
            "Die Nutzer mochten die erste Version, weil sie schnell war und kein Konto brauchte.";
    private static final String D_DE =
            "Spätere Versionen brachten Funktionen, die das Programm langsamer, aber nützlicher machten.";
    private static final String F1_DE =
            "Dieser Absatz über eine Nutzerumfrage steht nur in der deutschen Fassung des Artikels.";
    private static final String F2_DE =
            "Auch dieser Satz, der die Ergebnisse der Umfrage zusammenfasst, fehlt im Original.";

    // GIVEN an English document whose first section has two sentences the German lacks, and a German document
    // whose second section has two sentences the English lacks: the counts balance out over the whole document
    private final List<Sentence> english = new Fixtures.Doc("en")
            .heading("Background")
            .paragraph(A, B, E1, E2)
            .heading("Results")
            .paragraph(C, D)
            .sentences();
    private final List<Sentence> german = new Fixtures.Doc("de")
            .heading("Hintergrund")
            .paragraph(A_DE, B_DE)
            .heading("Ergebnisse")
            .paragraph(C_DE, D_DE, F1_DE, F2_DE)
            .sentences();

    private final List<Bead> expected = List.of(
            bead(0, 0),
            bead(1, 1),
            bead(2, 2),
            new Bead(List.of(3), List.of()),
            new Bead(List.of(4), List.of()),
            bead(5, 3),
            bead(6, 4),
            bead(7, 5),
            new Bead(List.of(), List.of(6)),
            new Bead(List.of(), List.of(7)));

    @Test
    void givenSameNumberOfHeadings_whenAligned_thenSectionsAlignWithEachOther() {
        // WHEN
        List<Bead> beads = aligner.align(english, german);

        // THEN the omissions stay inside their sections
        assertThat(beads).containsExactlyElementsOf(expected);
    }

    @Test
    void givenSameDocuments_whenAlignedAsOneBlockOfSentences_thenLengthsAloneMisalign() {
        // WHEN the structure anchor is not used: lengths shift whole sentences across the section border
        List<Bead> lengthOnly = new SentenceAligner(AlignmentWeights.lengthOnly()).alignWholeDocument(english, german);

        // THEN the result differs from the right one (this is what the structure anchor is for)
        assertThat(lengthOnly).isNotEqualTo(expected);
        assertThat(new SentenceAligner(AlignmentWeights.lengthOnly()).align(english, german))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void givenDifferentNumberOfHeadings_whenAligned_thenFallsBackToWholeDocument() {
        // GIVEN a German document with an extra heading
        List<Sentence> germanWithExtraHeading = new Fixtures.Doc("de")
                .heading("Hintergrund")
                .paragraph(A_DE, B_DE)
                .heading("Ergebnisse")
                .paragraph(C_DE, D_DE)
                .heading("Umfrage")
                .paragraph(F1_DE, F2_DE)
                .sentences();

        // WHEN
        List<Bead> beads = aligner.align(english, germanWithExtraHeading);

        // THEN it is the whole-document alignment, and every sentence is still in exactly one bead
        assertThat(beads).isEqualTo(aligner.alignWholeDocument(english, germanWithExtraHeading));
        assertThat(beads.stream().mapToInt(b -> b.left().size()).sum()).isEqualTo(english.size());
        assertThat(beads.stream().mapToInt(b -> b.right().size()).sum()).isEqualTo(germanWithExtraHeading.size());
    }

    @Test
    void givenShortProseSentenceNextToHeading_whenAligned_thenHeadingsPairWithHeadings() {
        // GIVEN an English short sentence "It worked." before the heading, as long as the German heading
        List<Sentence> en = new Fixtures.Doc("en")
                .paragraph(A, "It worked.")
                .heading("Results")
                .paragraph(C)
                .sentences();
        List<Sentence> de = new Fixtures.Doc("de")
                .paragraph(A_DE)
                .heading("Ergebnisse")
                .paragraph(C_DE)
                .sentences();

        // WHEN
        List<Bead> beads = aligner.alignWholeDocument(en, de);
        List<Bead> lengthOnly = new SentenceAligner(AlignmentWeights.lengthOnly()).alignWholeDocument(en, de);

        // THEN the headings pair, although by length the prose sentence fits the German heading better
        assertThat(beads).contains(bead(2, 1), bead(3, 2));
        assertThat(lengthOnly).doesNotContain(bead(2, 1));
    }

    private static Bead bead(int left, int right) {
        return new Bead(List.of(left), List.of(right));
    }
}
