package dev.interlinear.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.text.Sentence;
import dev.interlinear.text.SentenceSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        System.out.printf("gold accuracy (current segmenter, %d de / %d pt sentences): %.3f%n",
                de.size(), pt.size(), accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void givenSampleArticleWithLinguisticSegmentation_whenAligned_thenReproducesGoldBeads() throws IOException {
        // GIVEN the segmentation the improved segmenter will produce: initials kept together, "1." starting its item
        GoldAlignment gold = gold();
        List<Sentence> de = Fixtures.paragraph("de", linguistic(new SentenceSegmenter().split(read("de.txt"), "de")));
        List<Sentence> pt = Fixtures.paragraph("pt", linguistic(new SentenceSegmenter().split(read("pt.txt"), "pt")));
        assertThat(de).hasSize(23);
        assertThat(pt).hasSize(22);

        // WHEN aligned
        List<Bead> beads = aligner.align(de, pt);

        // THEN at least 95 % of the gold beads are reproduced exactly
        double accuracy = gold.accuracy(de, pt, beads);
        System.out.printf("gold accuracy (linguistic segmentation): %.3f%n", accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void givenGoldFile_whenParsed_thenHasOneBeadPerPortugueseSentenceAndOneTwoToOne() throws IOException {
        // GIVEN / WHEN
        GoldAlignment gold = gold();

        // THEN the file says what the article's README says: 22 Portuguese sentences, one 2:1 bead
        assertThat(gold.leftLang).isEqualTo("de");
        assertThat(gold.rightLang).isEqualTo("pt");
        assertThat(gold.beads).hasSize(22);
        assertThat(gold.beads).filteredOn(b -> b.left().size() == 2 && b.right().size() == 1).hasSize(1);
    }

    @Test
    void givenShiftedAlignment_whenScored_thenAccuracyDrops() throws IOException {
        // GIVEN a deliberately wrong alignment: every sentence 1:1 in order (ignores the 2:1 bead)
        GoldAlignment gold = gold();
        List<Sentence> de = Fixtures.paragraph("de", linguistic(new SentenceSegmenter().split(read("de.txt"), "de")));
        List<Sentence> pt = Fixtures.paragraph("pt", linguistic(new SentenceSegmenter().split(read("pt.txt"), "pt")));
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
            return GoldAlignment.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(ARTICLE.resolve(file));
    }

    private static final Pattern ENDS_WITH_INITIALS = Pattern.compile("(?:^|\\s)(?:\\p{Lu}\\.){1,3}$");
    private static final Pattern LONE_LIST_NUMBER = Pattern.compile("^\\d{1,2}\\.$");
    private static final Pattern TRAILING_LIST_NUMBER = Pattern.compile("^(.*\\S)\\s+(\\d{1,2}\\.)$");

    /**
     * Repairs a plain ICU segmentation the way the improved segmenter will: "C.C." is joined with what follows,
     * and a list number moves to the start of the item it numbers.
     */
    static List<String> linguistic(List<String> plain) {
        List<String> out = new ArrayList<>();
        String carry = "";
        for (int k = 0; k < plain.size(); k++) {
            String s = carry.isEmpty() ? plain.get(k) : carry + " " + plain.get(k);
            carry = "";
            Matcher trailing = TRAILING_LIST_NUMBER.matcher(s);
            if (LONE_LIST_NUMBER.matcher(s).matches() && k + 1 < plain.size()) {
                carry = s;
            } else if (ENDS_WITH_INITIALS.matcher(s).find() && k + 1 < plain.size()) {
                carry = s;
            } else if (trailing.matches() && k + 1 < plain.size()) {
                out.add(trailing.group(1));
                carry = trailing.group(2);
            } else {
                out.add(s);
            }
        }
        if (!carry.isEmpty()) {
            out.add(carry);
        }
        return out;
    }
}
