package dev.interlinear.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interlinear.app.App;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.serving.IndexGenerations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generations on disk, driven through {@link App} on a private copy of the sample articles. */
class IndexStoreTest {

    @TempDir
    Path tmp;

    private Path corpus;
    private Path data;

    @BeforeEach
    void copySampleArticles() throws IOException {
        corpus = tmp.resolve("articles");
        data = tmp.resolve("data");
        try (Stream<Path> walk = Files.walk(SampleCorpus.ARTICLES)) {
            for (Path from : walk.toList()) {
                Path to = corpus.resolve(SampleCorpus.ARTICLES.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }

    /** Opens through a fresh App, as a new process would, and returns what happened. */
    private OpenResult open() throws IOException {
        App app = new App(SampleCorpus.settings(corpus, data));
        IndexGenerations.Opened opened = app.openIndex(corpus, line -> {});
        try (SentenceIndex index = opened.index()) {
            return new OpenResult(
                    opened.rebuilt(), index.size(), store().current().orElseThrow());
        }
    }

    private record OpenResult(boolean rebuilt, int size, Path generation) {}

    private IndexStore store() {
        return new IndexStore(data, corpus);
    }

    private static List<String> names(Path slot) throws IOException {
        try (Stream<Path> list = Files.list(slot)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The pointer file names a generation folder that exists, and nothing half-written is left beside it. */
    private static void assertCurrentNamesAnExistingGeneration(Path slot) throws IOException {
        String named = Files.readString(slot.resolve("current"), StandardCharsets.UTF_8)
                .strip();
        assertThat(named).startsWith("g-");
        assertThat(slot.resolve(named)).isDirectory();
        assertThat(names(slot)).noneMatch(n -> n.startsWith("tmp-") || n.startsWith("current.tmp"));
    }

    private static final IndexStore.WriterTask ONE_DOCUMENT = (writer, generation) -> {
        Document doc = new Document();
        doc.add(new StringField("id", "x", Field.Store.YES));
        writer.addDocument(doc);
    };

    private static FieldAnalyzer analyzer() {
        return new FieldAnalyzer(new LanguageAnalyzers());
    }

    @Test
    void givenNoIndex_whenOpenedTwice_thenTheFirstBuildsAndTheSecondReuses() throws IOException {
        OpenResult first = open();
        OpenResult second = open();

        assertThat(first.rebuilt()).isTrue();
        assertThat(first.size()).isPositive();
        assertThat(second.rebuilt()).isFalse();
        assertThat(second.generation()).isEqualTo(first.generation());
        assertThat(second.size()).isEqualTo(first.size());
        assertCurrentNamesAnExistingGeneration(first.generation().getParent());
    }

    @Test
    void givenAnIndex_whenAFileChangesTwice_thenANewGenerationIsBuiltAndOnlyTheOneBeforeItKept() throws IOException {
        OpenResult first = open();
        Files.writeString(
                corpus.resolve("openai-compute/de.txt"),
                "\n\nEin Absatz über Rechenzentren in Schweden.\n",
                StandardOpenOption.APPEND);
        OpenResult before = open();

        Files.writeString(
                corpus.resolve("openai-compute/de.txt"),
                "\n\nEin neuer Absatz über Rechenzentren in Norwegen.\n",
                StandardOpenOption.APPEND);
        OpenResult after = open();

        assertThat(after.rebuilt()).isTrue();
        assertThat(after.generation()).isNotEqualTo(before.generation());
        assertThat(after.size()).isGreaterThan(before.size());
        assertThat(first.generation()).doesNotExist();
        Path slot = after.generation().getParent();
        assertThat(names(slot))
                .filteredOn(n -> n.startsWith("g-"))
                .containsExactlyInAnyOrder(
                        before.generation().getFileName().toString(),
                        after.generation().getFileName().toString());
        assertCurrentNamesAnExistingGeneration(slot);
    }

    @Test
    void givenAnIndex_whenOnlyAFileNameChanges_thenItIsRebuilt() throws IOException {
        // The fingerprint covers paths as well as bytes: a renamed translation is another language.
        OpenResult before = open();

        Files.move(corpus.resolve("openai-compute/pt.txt"), corpus.resolve("openai-compute/es.txt"));
        OpenResult after = open();

        assertThat(after.rebuilt()).isTrue();
        assertThat(after.generation()).isNotEqualTo(before.generation());
    }

    @Test
    void givenACurrentGeneration_whenABuildThrowsInsideTheWriterTask_thenThePreviousOneStaysCurrentAndReadable()
            throws IOException {
        OpenResult before = open();
        Path slot = before.generation().getParent();

        assertThatThrownBy(() -> store().build("broken", analyzer(), (writer, generation) -> {
                    ONE_DOCUMENT.write(writer, generation);
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("disk full");

        assertThat(store().current()).contains(before.generation());
        try (SentenceIndex index = SentenceIndex.open(before.generation())) {
            assertThat(index.size()).isEqualTo(before.size());
        }
        assertThat(names(slot)).noneMatch(n -> n.startsWith("tmp-")).doesNotContain("g-broken");
        assertCurrentNamesAnExistingGeneration(slot);
        // And the next start still finds the index up to date.
        assertThat(open().rebuilt()).isFalse();
    }

    @Test
    void givenACurrentGeneration_whenABuildThrowsAnUncheckedException_thenNothingChanges() throws IOException {
        OpenResult before = open();
        Path slot = before.generation().getParent();
        List<String> namesBefore = names(slot);

        assertThatThrownBy(() -> store().build("broken", analyzer(), (writer, generation) -> {
                    throw new UncheckedIOException(new IOException("cannot read an article"));
                }))
                .isInstanceOf(IndexException.class);

        assertThat(names(slot)).isEqualTo(namesBefore);
        assertThat(store().current()).contains(before.generation());
    }

    @Test
    void givenNoIndex_whenTheFirstBuildFails_thenThereIsNoCurrentAndNoTemporaryFolder() throws IOException {
        IndexStore store = store();

        assertThatThrownBy(() -> store.build("first", analyzer(), (writer, generation) -> {
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("boom");

        assertThat(store.current()).isEmpty();
        assertThat(store.currentFor("first")).isEmpty();
        try (Stream<Path> all = Files.walk(data)) {
            assertThat(all.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("tmp-") || n.startsWith("g-"));
        }
    }

    @Test
    void givenSeveralBuilds_whenEachSucceeds_thenCurrentNamesTheLatestAndOnlyItAndThePreviousOneRemain()
            throws IOException {
        IndexStore store = store();

        Path a = store.build("aaa", analyzer(), ONE_DOCUMENT);
        assertCurrentNamesAnExistingGeneration(a.getParent());
        Path b = store.build("bbb", analyzer(), ONE_DOCUMENT);
        assertCurrentNamesAnExistingGeneration(b.getParent());
        // The previous generation stays for another process that may still serve it.
        assertThat(a).exists();
        Path c = store.build("ccc", analyzer(), ONE_DOCUMENT);
        assertThat(names(c.getParent())).containsExactly("build.lock", "current", "g-bbb", "g-ccc");
        // Building the same fingerprint again replaces it in place.
        Path c2 = store.build("ccc", analyzer(), ONE_DOCUMENT);

        assertThat(c2).isEqualTo(c);
        assertThat(store.current()).contains(c);
        assertThat(store.currentFor("ccc")).contains(c);
        assertThat(store.currentFor("bbb")).isEmpty();
        assertThat(a).doesNotExist();
        assertThat(names(c.getParent())).containsExactly("build.lock", "current", "g-ccc");
    }

    @Test
    void givenACurrentFileNamingAMissingGeneration_whenAsked_thenThereIsNoCurrent() throws IOException {
        Path generation = store().build("aaa", analyzer(), ONE_DOCUMENT);
        Files.writeString(generation.getParent().resolve("current"), "g-gone");

        assertThat(store().current()).isEmpty();
    }

    @Test
    void givenTwoCorpusFolders_whenIndexed_thenEachHasItsOwnSlot() throws IOException {
        Path one = new IndexStore(data, corpus).build("same", analyzer(), ONE_DOCUMENT);
        Path two = new IndexStore(data, tmp.resolve("other-articles")).build("same", analyzer(), ONE_DOCUMENT);

        assertThat(one.getParent()).isNotEqualTo(two.getParent());
        assertThat(one).exists();
        assertThat(two).exists();
    }
}
