package dev.interlinear.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interlinear.language.LanguageModelUnavailableException;
import dev.interlinear.language.OpenNlpLanguageDetector;
import dev.interlinear.serving.Health;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

/** A language model that could not be read shows as down, and is read again until it is there. */
class LanguageModelSourceTest {

    @Test
    void givenAModelThatFailsTwice_whenReadInTheBackground_thenItIsDownMeanwhileAndOkOnceRead() throws Exception {
        // GIVEN a reader that fails twice, then reads the real model
        AtomicInteger attempts = new AtomicInteger();
        Health health = new Health();
        LanguageModelSource source = LanguageModelSource.inBackground(
                () -> {
                    if (attempts.incrementAndGet() <= 2) {
                        throw new IllegalStateException("disk hiccup");
                    }
                    return OpenNlpLanguageDetector.loadModel();
                },
                health,
                Duration.ofMillis(200));

        // WHEN asked right after the first failure
        // THEN the question is refused with the reason, and /health shows the part down, essential
        assertThatThrownBy(source::get)
                .isInstanceOf(LanguageModelUnavailableException.class)
                .hasMessageContaining("disk hiccup");
        assertThat(health.parts()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo(Health.LANGUAGE_MODEL);
            assertThat(p.state()).isEqualTo(Health.State.DOWN);
            assertThat(p.essential()).isTrue();
        });
        assertThat(health.overall()).isEqualTo(Health.Overall.UNAVAILABLE);

        // AND after the retries the model is there and the part is ok again
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        LanguageDetectorModel model = null;
        while (model == null && System.nanoTime() < deadline) {
            try {
                model = source.get();
            } catch (LanguageModelUnavailableException e) {
                Thread.sleep(50);
            }
        }
        assertThat(model).isNotNull();
        assertThat(attempts.get()).isEqualTo(3);
        assertThat(health.overall()).isEqualTo(Health.Overall.OK);
    }

    @Test
    void givenAnOnDemandSource_whenTheFirstReadFails_thenTheNextQuestionTriesAgain() {
        AtomicInteger attempts = new AtomicInteger();
        Health health = new Health();
        LanguageModelSource source = LanguageModelSource.onDemand(
                () -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("first read failed");
                    }
                    return OpenNlpLanguageDetector.loadModel();
                },
                health);

        assertThatThrownBy(source::get).isInstanceOf(LanguageModelUnavailableException.class);
        assertThat(source.get()).isNotNull();
        assertThat(health.overall()).isEqualTo(Health.Overall.OK);
    }
}
