package dev.interlinear.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlesAloneTest {

    @TempDir
    Path dir;

    @Test
    void givenACorpus_whenEachArticleIsTakenAlone_thenEachCopyHoldsOneArticleAndNothingIsLeftAfterwards()
            throws IOException {
        // GIVEN a corpus of two articles, a file beside them and a hidden folder
        Path corpus = dir.resolve("articles");
        Files.createDirectories(corpus.resolve("beta"));
        Files.createDirectories(corpus.resolve("alpha/notes"));
        Files.createDirectories(corpus.resolve(".cache"));
        Files.writeString(corpus.resolve("alpha/en.txt"), "Alpha.");
        Files.writeString(corpus.resolve("alpha/notes/x.txt"), "kept as it is");
        Files.writeString(corpus.resolve("beta/de.txt"), "Beta.");
        Files.writeString(corpus.resolve("README.md"), "not an article");
        Path temporary = Files.createDirectories(dir.resolve("tmp"));

        // WHEN each article is taken alone
        try (ArticlesAlone alone = ArticlesAlone.of(corpus, temporary)) {
            // THEN the articles are the folders with an article id, and each copy holds that article only
            assertThat(alone.articles()).containsExactly("alpha", "beta");
            Path alpha = alone.corpusOf("alpha");
            try (Stream<Path> entries = Files.list(alpha)) {
                assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("alpha");
            }
            assertThat(alpha.resolve("alpha/en.txt")).hasContent("Alpha.");
            assertThat(alpha.resolve("alpha/notes/x.txt")).hasContent("kept as it is");
            assertThat(alone.corpusOf("alpha")).isEqualTo(alpha);
            assertThatThrownBy(() -> alone.corpusOf("gamma")).isInstanceOf(IllegalArgumentException.class);
        }
        // AND nothing is left of the copies, and the corpus is untouched
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left).isEmpty();
        }
        assertThat(corpus.resolve("alpha/en.txt")).hasContent("Alpha.");
    }

    @Test
    void givenQuestions_whenThoseAboutAnArticleAreAsked_thenOnlyTheyAreReturned() {
        EvalQuestion a = new EvalQuestion("1", "en", "What?", Optional.of("alpha"), List.of("x"));
        EvalQuestion b = new EvalQuestion("2", "en", "Who?", Optional.of("beta"), List.of("y"));
        EvalQuestion none = new EvalQuestion("3", "en", "Why?", Optional.empty(), List.of());

        assertThat(ArticlesAlone.about(List.of(a, b, none), "alpha")).containsExactly(a);
    }
}
