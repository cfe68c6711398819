package dev.interlinear.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interlinear.SharedSample;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.index.SentenceIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;

/** The swap of editions: uses in flight finish on the old one, which closes after the last of them. */
class ServedEditionTest {

    private final SampleCorpus sample = SharedSample.get();

    /** An edition over a reader of its own on the sample's generation, so that closing it harms no other test. */
    private Edition edition() {
        SentenceIndex index = SentenceIndex.open(sample.index().generation());
        return new Edition(index, sample.service(), sample.app().factsService(sample.index()));
    }

    private static boolean open(Edition edition) {
        try {
            return edition.index().size() > 0;
        } catch (AlreadyClosedException e) {
            return false;
        }
    }

    @Test
    void givenAUseInFlight_whenANewerEditionIsSwappedIn_thenTheOldOneClosesWhenThatUseEnds() throws IOException {
        Edition first = edition();
        Edition second = edition();
        AtomicReference<Edition> newer = new AtomicReference<>();
        ServedEdition served = new ServedEdition(first, current -> Optional.ofNullable(newer.getAndSet(null)));

        // GIVEN a use of the first edition in flight
        served.use(inFlight -> {
            // WHEN a newer edition comes and the served one is refreshed
            newer.set(second);
            refresh(served);

            // THEN new uses get the newer one, while the old stays open for the use in flight
            assertThat(served.use(Edition::index)).isSameAs(second.index());
            assertThat(open(inFlight)).isTrue();
            return null;
        });
        // AND closes after it
        assertThat(open(first)).isFalse();
        assertThat(open(second)).isTrue();

        // AND closing the served edition closes the last one; using it after that is an error, not a hang
        served.close();
        assertThat(open(second)).isFalse();
        assertThatThrownBy(() -> served.use(Edition::index)).isInstanceOf(AlreadyClosedException.class);
    }

    @Test
    void givenNoNewerEdition_whenRefreshed_thenTheSameEditionStaysServedAndOpen() throws IOException {
        Edition only = edition();
        try (ServedEdition served = new ServedEdition(only)) {

            served.refresh();

            assertThat(served.use(Edition::index)).isSameAs(only.index());
            assertThat(open(only)).isTrue();
        }
    }

    private static void refresh(ServedEdition served) {
        try {
            served.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
