package dev.interlinear.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.SampleCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentencesInGroupTest {

    @Test
    void givenTheSampleWhoseGermanSplitsOnePortugueseSentence_whenGroupsAreCounted_thenTheCountsAreWhatEachGroupHolds(
            @TempDir Path tmp) throws Exception {
        // GIVEN the sample article: German and Portuguese, one Portuguese sentence translated as two German ones
        try (SampleCorpus sample = SampleCorpus.open(SampleCorpus.ARTICLES, tmp.resolve("data"))) {
            SentenceIndex index = sample.index();
            int split = 0;
            int portuguese = 0;
            for (int i = 0; index.sentence("openai-compute", "pt", i).isPresent(); i++, portuguese++) {
                String group =
                        index.sentence("openai-compute", "pt", i).orElseThrow().group();
                List<IndexedSentence> german = index.group(group, "pt");

                // WHEN its group's sentences are counted per translation
                int germanCount = index.sentencesInGroup(group, "de");

                // THEN the counts are those of the group's own sentences
                assertThat(germanCount).isEqualTo(german.size());
                assertThat(index.sentencesInGroup(group, "pt")).isGreaterThanOrEqualTo(1);
                if (germanCount > 1) {
                    split++;
                }
            }
            assertThat(portuguese).isGreaterThan(10);
            // the one place the translations differ in sentence count is seen as such
            assertThat(split).isGreaterThanOrEqualTo(1);
            assertThat(index.sentencesInGroup("openai-compute#no-such-group", "de"))
                    .isZero();
        }
    }
}
