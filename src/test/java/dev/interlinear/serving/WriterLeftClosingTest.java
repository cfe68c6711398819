package dev.interlinear.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.interlinear.index.FieldAnalyzer;
import dev.interlinear.index.IndexException;
import dev.interlinear.index.IndexStore;
import dev.interlinear.index.LanguageAnalyzers;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found while choosing the heap of {@link OutOfMemoryBuildTest}: {@code index -Xmx80m} on a changed Debian corpus
 * sometimes never ended. Its main thread waited in {@code IndexWriter.close()} → {@code shouldClose} →
 * {@code doWait}, with no other thread left: running out of memory inside Lucene's own rollback (its error path,
 * before it resets {@code closing}) leaves the writer marked as being closed by nobody, and every later
 * {@code close()} or {@code rollback()} waits for that for ever, holding the build lock. The process-level run
 * hits this only now and then; here the writer is put in that state directly.
 */
class WriterLeftClosingTest {

    @TempDir
    Path tmp;

    @Test
    void givenAWriterLeftClosingByARollbackThatRanOutOfMemory_whenTheBuildFails_thenItEndsAtOnceAndTheNextBuildWorks() {
        IndexStore store = new IndexStore(tmp.resolve("data"), tmp.resolve("articles"));
        FieldAnalyzer analyzer = new FieldAnalyzer(new LanguageAnalyzers());

        // GIVEN a build whose writer Lucene left "closing" when memory ran out
        // WHEN the build fails
        // THEN it ends within seconds, naming the lack of memory
        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> store.build("f1", analyzer, (writer, folder) -> {
                            leftClosing(writer);
                            throw new OutOfMemoryError("Java heap space");
                        }))
                        .isInstanceOf(IndexException.class)
                        .hasMessageContaining("out of memory"),
                "a failed build waited for a close that never ends");

        // AND the lock is free again: the next build makes its generation current
        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> store.build("f2", analyzer, (writer, folder) -> {
                    Document doc = new Document();
                    doc.add(new StringField("id", "1", org.apache.lucene.document.Field.Store.YES));
                    writer.addDocument(doc);
                }));
        assertThat(store.current())
                .hasValueSatisfying(g -> assertThat(g.getFileName().toString()).isEqualTo("g-f2"));
    }

    /** What {@code IndexWriter.rollbackInternalNoCommit} leaves when memory runs out before it resets the flag. */
    private static void leftClosing(IndexWriter writer) {
        try {
            Field closing = IndexWriter.class.getDeclaredField("closing");
            closing.setAccessible(true);
            closing.setBoolean(writer, true);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Lucene's IndexWriter has no field 'closing' any more: revisit this test", e);
        }
    }
}
