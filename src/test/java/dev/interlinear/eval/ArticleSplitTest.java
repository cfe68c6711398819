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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleSplitTest {

    @ParameterizedTest
    @CsvSource({
        // SHA-256("xq-warsaw") starts with an even byte, SHA-256("xq-kenya") with an odd one (sha256sum agrees).
        "xq-warsaw, FIT",
        "xq-kenya, CHECK",
        "network-setup, FIT",
        "authentication, CHECK",
        "openai-compute, CHECK",
    })
    void givenAnArticleId_whenSplit_thenThePartFollowsTheFirstByteOfItsSha256(String article, ArticleSplit part) {
        assertThat(ArticleSplit.of(article)).isEqualTo(part);
    }

    @Test
    void givenTheXquadDevArticles_whenSplit_thenTenAreFitAndFourteenCheck() throws IOException {
        List<String> articles = folders(Path.of("eval/corpora/xquad-dev/corpus"));

        assertThat(articles).hasSize(24);
        assertThat(articles.stream().filter(ArticleSplit.FIT::containsArticle)).hasSize(10);
        assertThat(articles.stream().filter(ArticleSplit.CHECK::containsArticle))
                .hasSize(14);
        assertThat(articles).allMatch(ArticleSplit.ALL::containsArticle);
    }

    @Test
    void givenTheDebianReferenceChapters_whenSplit_thenTwoAndTwo() throws IOException {
        List<String> articles = folders(Path.of("eval/corpora/debian-reference"));

        assertThat(articles)
                .filteredOn(ArticleSplit.FIT::containsArticle)
                .containsExactlyInAnyOrder("network-setup", "system-initialization");
        assertThat(articles)
                .filteredOn(ArticleSplit.CHECK::containsArticle)
                .containsExactlyInAnyOrder("authentication", "i18n-l10n");
    }

    @Test
    void givenQuestions_whenSelected_thenEachGoesWithItsArticleAndOneWithoutAnArticleGoesWithBoth() {
        EvalQuestion fit = new EvalQuestion("f", "en", "?", Optional.of("xq-warsaw"), List.of("x"));
        EvalQuestion check = new EvalQuestion("c", "en", "?", Optional.of("xq-kenya"), List.of("x"));
        EvalQuestion none = new EvalQuestion("n", "en", "?", Optional.empty(), List.of());
        List<EvalQuestion> questions = List.of(fit, check, none);
        List<String> corpus = List.of("xq-warsaw", "xq-kenya", "xq-geology");

        EvalRun.Selection fitPart = EvalRun.select(questions, ArticleSplit.FIT, corpus);
        EvalRun.Selection checkPart = EvalRun.select(questions, ArticleSplit.CHECK, corpus);
        EvalRun.Selection all = EvalRun.select(questions, ArticleSplit.ALL, corpus);

        assertThat(fitPart.questions()).containsExactly(fit, none);
        assertThat(checkPart.questions()).containsExactly(check, none);
        assertThat(all.questions()).containsExactly(fit, check, none);
        assertThat(fitPart.line()).isEqualTo("split fit: 2 of 3 articles, 2 of 3 questions");
        assertThat(checkPart.line()).isEqualTo("split check: 1 of 3 articles, 2 of 3 questions");
    }

    @Test
    void givenAPartName_whenParsed_thenOnlyFitCheckAndAllAreTaken() {
        assertThat(ArticleSplit.parse("fit")).isEqualTo(ArticleSplit.FIT);
        assertThat(ArticleSplit.parse("check")).isEqualTo(ArticleSplit.CHECK);
        assertThat(ArticleSplit.parse("all")).isEqualTo(ArticleSplit.ALL);
        assertThatThrownBy(() -> ArticleSplit.parse("test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("split must be one of fit, check, all (not 'test')");
    }

    private static List<String> folders(Path corpus) throws IOException {
        try (Stream<Path> entries = Files.list(corpus)) {
            return entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }
}
