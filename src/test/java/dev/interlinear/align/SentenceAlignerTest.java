package dev.interlinear.align;

import static dev.interlinear.align.Fixtures.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.segment.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

    private final SentenceAligner aligner = new SentenceAligner();

    private static final List<Sentence> ENGLISH = paragraph(
            "en",
            "The city council met on Tuesday to discuss the new budget for public transport.",
            "Several members complained.",
            "The mayor promised that two new tram lines would be built before the end of the decade, one of them reaching the airport and the other the new university campus in the north.",
            "Critics such as Lena Vogt of the OECD said the plan, at 120 million euros, was too expensive.",
            "In the end the council approved the budget by a narrow majority.");

    private static final List<Sentence> GERMAN = paragraph(
            "de",
            "Der Stadtrat trat am Dienstag zusammen, um den neuen Haushalt für den öffentlichen Nahverkehr zu beraten.",
            "Mehrere Mitglieder beschwerten sich.",
            "Der Bürgermeister versprach, vor dem Ende des Jahrzehnts zwei neue Straßenbahnlinien zu bauen, von denen eine zum Flughafen und die andere zum neuen Universitätscampus im Norden führen soll.",
            "Kritiker wie Lena Vogt von der OECD meinten, der Plan sei mit 120 Millionen Euro zu teuer.",
            "Am Ende stimmte der Rat dem Haushalt mit knapper Mehrheit zu.");

    @Test
    void givenParallelTextsSentenceBySentence_whenAligned_thenAllBeadsAreOneToOne() {
        // WHEN
        List<Bead> beads = aligner.align(ENGLISH, GERMAN);

        // THEN
        assertThat(beads).containsExactly(one(0, 0), one(1, 1), one(2, 2), one(3, 3), one(4, 4));
    }

    @Test
    void givenTranslationSplittingOneSentenceInTwo_whenAligned_thenOneToTwoBead() {
        // GIVEN the German translation renders English sentence 2 as two sentences
        List<Sentence> german = paragraph(
                "de",
                GERMAN.get(0).text(),
                GERMAN.get(1).text(),
                "Der Bürgermeister machte ein Versprechen.",
                "Vor dem Ende des Jahrzehnts sollen zwei neue Straßenbahnlinien gebaut werden, "
                        + "eine zum Flughafen und eine zum neuen Universitätscampus im Norden.",
                GERMAN.get(3).text(),
                GERMAN.get(4).text());

        // WHEN
        List<Bead> beads = aligner.align(ENGLISH, german);

        // THEN
        assertThat(beads)
                .containsExactly(one(0, 0), one(1, 1), new Bead(List.of(2), List.of(2, 3)), one(3, 4), one(4, 5));
    }

    @Test
    void givenTranslationJoiningTwoSentences_whenAligned_thenTwoToOneBead() {
        // GIVEN the German translation joins English sentences 3 and 4
        List<Sentence> german = paragraph(
                "de",
                GERMAN.get(0).text(),
                GERMAN.get(1).text(),
                GERMAN.get(2).text(),
                "Kritiker wie Lena Vogt von der OECD hielten den Plan mit 120 Millionen Euro für zu teuer, "
                        + "doch am Ende stimmte der Rat dem Haushalt mit knapper Mehrheit zu.");

        // WHEN
        List<Bead> beads = aligner.align(ENGLISH, german);

        // THEN
        assertThat(beads).containsExactly(one(0, 0), one(1, 1), one(2, 2), new Bead(List.of(3, 4), List.of(3)));
    }

    @Test
    void givenUntranslatedSentenceInsertedOnOneSide_whenAligned_thenOneToZeroBead() {
        // GIVEN the English text has a sentence the translator left out; by length alone, shifting the rest and
        // merging two sentences would be as plausible, but the names and figures of its neighbours hold them
        List<Sentence> english = paragraph(
                "en",
                ENGLISH.get(0).text(),
                ENGLISH.get(1).text(),
                ENGLISH.get(2).text(),
                ENGLISH.get(3).text(),
                "A local newspaper had reported on the dispute for weeks, publishing letters from angry residents.",
                ENGLISH.get(4).text());

        // WHEN
        List<Bead> beads = aligner.align(english, GERMAN);

        // THEN
        assertThat(beads)
                .containsExactly(
                        one(0, 0), one(1, 1), one(2, 2), one(3, 3), new Bead(List.of(4), List.of()), one(5, 4));
    }

    @Test
    void givenLengthsThatMislead_whenAligned_thenSharedNumbersDecide() {
        // GIVEN a German translation that compresses the first two English sentences into one terse sentence and
        // expands the third: by length, "A | B+C" looks better than the true "A+B | C"
        List<Sentence> english = paragraph(
                "en",
                "The company was founded in Hamburg.",
                "That was in 1998, with 12 employees.",
                "Today it employs more than four thousand people in eleven countries and sells its machines worldwide.",
                "Its chief executive wants to double that.");
        List<Sentence> german = paragraph(
                "de",
                "Gegründet 1998 in Hamburg, 12 Mitarbeiter.",
                "Heute beschäftigt das Unternehmen mehr als viertausend Menschen in elf Ländern auf drei Kontinenten "
                        + "und verkauft seine Maschinen in die ganze Welt.",
                "Der Vorstandschef will diese Zahl verdoppeln.");

        // WHEN
        List<Bead> withAnchors = aligner.align(english, german);
        List<Bead> lengthOnly = new SentenceAligner(AlignmentWeights.lengthOnly()).align(english, german);

        // THEN the figures 1998 and 12 pull sentence B to the first German sentence; length alone would not
        assertThat(withAnchors).containsExactly(new Bead(List.of(0, 1), List.of(0)), one(2, 1), one(3, 2));
        assertThat(lengthOnly).doesNotContain(new Bead(List.of(0, 1), List.of(0)));
    }

    @Test
    void givenEmptyInputs_whenAligned_thenNoBeadsOrOnlyUnmatchedBeads() {
        // WHEN / THEN
        assertThat(aligner.align(List.of(), List.of())).isEmpty();
        assertThat(aligner.align(ENGLISH.subList(0, 2), List.of()))
                .containsExactly(new Bead(List.of(0), List.of()), new Bead(List.of(1), List.of()));
        assertThat(aligner.align(List.of(), GERMAN.subList(0, 2)))
                .containsExactly(new Bead(List.of(), List.of(0)), new Bead(List.of(), List.of(1)));
    }

    @Test
    void givenSentencesWithNonPositionalIndices_whenAligned_thenBeadsCarrySentenceIndices() {
        // GIVEN sentences numbered from 10 (a slice of a longer translation)
        List<Sentence> left = new ArrayList<>();
        for (Sentence s : ENGLISH.subList(0, 2)) {
            left.add(new Sentence(s.index() + 10, s.text(), s.block(), s.kind(), s.lang()));
        }

        // WHEN
        List<Bead> beads = aligner.align(left, GERMAN.subList(0, 2));

        // THEN
        assertThat(beads).containsExactly(one(10, 0), one(11, 1));
    }

    @Test
    void givenLongUntranslatedPassage_whenAligned_thenThePathLeavesTheFirstBandAndIsStillFound() {
        // GIVEN 100 numbered sentences of which the translation leaves out 40 in the middle: the true path runs up
        // to 12 sentences from the length-proportional centre line, beyond the first band's half-width of 10
        List<String> english = new ArrayList<>();
        List<String> german = new ArrayList<>();
        List<Bead> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            english.add("Section " + (1000 + i) + " of the report describes the work of the team in detail.");
            if (i >= 30 && i < 70) {
                expected.add(new Bead(List.of(i), List.of()));
            } else {
                expected.add(one(i, german.size()));
                german.add("Abschnitt " + (1000 + i) + " des Berichts beschreibt die Arbeit des Teams im Detail.");
            }
        }
        assertThat(BandedAligner.FIRST_HALF_WIDTH).isLessThan(12);

        // WHEN
        List<Bead> beads = aligner.align(paragraph("en", english), paragraph("de", german));

        // THEN
        assertThat(beads).containsExactlyElementsOf(expected);
    }

    @Test
    void givenFiveThousandSentencesPerSide_whenAligned_thenCompletesWithinMemoryAndStaysOnTrack() {
        // GIVEN two synthetic translations of at least 5 000 sentences each, with 2:1 merges and insertions on both
        // sides
        Random random = new Random(42);
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        List<Bead> truth = new ArrayList<>();
        while (left.size() < 5_000 || right.size() < 5_000) {
            int l = left.size();
            int r = right.size();
            double dice = random.nextDouble();
            if (dice < 0.05) {
                left.add(text(random, 40 + random.nextInt(160)));
                left.add(text(random, 40 + random.nextInt(160)));
                right.add(text(
                        random, (int) ((left.get(l).length() + left.get(l + 1).length()) * 1.1)));
                truth.add(new Bead(List.of(l, l + 1), List.of(r)));
            } else if (dice < 0.07) {
                left.add(text(random, 60 + random.nextInt(140)));
                truth.add(new Bead(List.of(l), List.of()));
            } else if (dice < 0.09) {
                right.add(text(random, 60 + random.nextInt(140)));
                truth.add(new Bead(List.of(), List.of(r)));
            } else {
                left.add(text(random, 20 + random.nextInt(200)));
                right.add(text(random, (int) (left.get(l).length() * (1.1 + 0.1 * random.nextGaussian()))));
                truth.add(new Bead(List.of(l), List.of(r)));
            }
        }

        // WHEN
        long start = System.nanoTime();
        List<Bead> beads = aligner.align(paragraph("en", left), paragraph("de", right));
        System.out.printf(
                "aligned %d x %d sentences in %d ms%n",
                left.size(), right.size(), (System.nanoTime() - start) / 1_000_000);

        // THEN every sentence is covered once, in order, and most true beads are found (lengths only, no anchors)
        assertThat(beads.stream().flatMap(b -> b.left().stream()).toList())
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, left.size()).boxed().toList());
        assertThat(beads.stream().flatMap(b -> b.right().stream()).toList())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, right.size())
                        .boxed()
                        .toList());
        long found =
                truth.stream().filter(new java.util.HashSet<>(beads)::contains).count();
        System.out.printf("synthetic true beads found: %.3f%n", (double) found / truth.size());
        assertThat((double) found / truth.size()).isGreaterThan(0.8);
    }

    private static String text(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < Math.max(length, 3)) {
            int word = 2 + random.nextInt(9);
            for (int k = 0; k < word; k++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            sb.append(' ');
        }
        return sb.toString().strip() + ".";
    }

    private static Bead one(int left, int right) {
        return new Bead(List.of(left), List.of(right));
    }
}
