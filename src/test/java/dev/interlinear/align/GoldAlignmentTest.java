package dev.interlinear.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.segment.Sentence;
import dev.interlinear.segment.SentenceSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample article against its hand-made gold alignment. */
class GoldAlignmentTest {

    private static final Path ARTICLE = Path.of("config/articles/openai-compute");

    private final SentenceAligner aligner = new SentenceAligner();

    @Test
    void givenSampleArticleSegmentedByCurrentSegmenter_whenAligned_thenReproducesGoldBeads() throws IOException {
        // GIVEN both translations split by the project's segmenter (which may split "C.C. Wei" or strand "1.")
        GoldAlignment gold = gold();
        List<Sentence> de = Fixtures.paragraph("de", new SentenceSegmenter().split(read("de.txt"), "de"));
        List<Sentence> pt = Fixtures.paragraph("pt", new SentenceSegmenter().split(read("pt.txt"), "pt"));

        // WHEN aligned
        List<Bead> beads = aligner.align(de, pt);

        // THEN at least 95 % of the gold beads are reproduced exactly
        double accuracy = gold.accuracy(de, pt, beads);
        System.out.printf(
                "gold accuracy (current segmenter, %d de / %d pt sentences): %.3f%n", de.size(), pt.size(), accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void givenGoldFile_whenParsed_thenHasOneBeadPerPortugueseSentenceAndOneTwoToOne() throws IOException {
        // GIVEN / WHEN
        GoldAlignment gold = gold();

        // THEN one bead per Portuguese sentence (21 with the segmenter's units), one of them 2:1
        assertThat(gold.leftLang).isEqualTo("de");
        assertThat(gold.rightLang).isEqualTo("pt");
        assertThat(gold.beads).hasSize(21);
        assertThat(gold.beads)
                .filteredOn(b -> b.left().size() == 2 && b.right().size() == 1)
                .hasSize(1);
    }

    @Test
    void givenShiftedAlignment_whenScored_thenAccuracyDrops() throws IOException {
        // GIVEN a deliberately wrong alignment: every sentence 1:1 in order (ignores the 2:1 bead)
        GoldAlignment gold = gold();
        List<Sentence> de = Fixtures.paragraph("de", new SentenceSegmenter().split(read("de.txt"), "de"));
        List<Sentence> pt = Fixtures.paragraph("pt", new SentenceSegmenter().split(read("pt.txt"), "pt"));
        List<Bead> naive = new ArrayList<>();
        for (int i = 0; i < de.size(); i++) {
            naive.add(i < pt.size() ? new Bead(List.of(i), List.of(i)) : new Bead(List.of(i), List.of()));
        }

        // WHEN scored
        double accuracy = gold.accuracy(de, pt, naive);

        // THEN only the first bead survives: the metric can fail
        assertThat(accuracy).isLessThan(0.1);
    }

    private static GoldAlignment gold() throws IOException {
        try (InputStream in = GoldAlignmentTest.class.getResourceAsStream("/align/openai-compute.gold")) {
            assertThat(in).as("gold file on the test class path").isNotNull();
            return GoldAlignment.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(ARTICLE.resolve(file));
    }
}
