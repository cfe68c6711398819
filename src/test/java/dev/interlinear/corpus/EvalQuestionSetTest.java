package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Debian Reference question set valid against what the readers extract: every expected substring
 * occurs within one block (whitespace collapsed, case-insensitive, as the eval command compares) of the translation the asker's
 * language is answered from, or, for a language the article lacks, in some other translation.
 */
class EvalQuestionSetTest {
    private static final Path CORPUS = Path.of("eval/corpora/debian-reference");
    private static final Path QUESTIONS = Path.of("eval/debian-reference-questions.jsonl");

    private static Corpus corpus;
    private static List<JsonNode> questions;

    @BeforeAll
    static void load() throws IOException {
        corpus = new CorpusLoader().load(CORPUS);
        ObjectMapper json = new ObjectMapper();
        questions = new ArrayList<>();
        for (String line : Files.readAllLines(QUESTIONS)) {
            if (!line.isBlank()) {
                questions.add(json.readTree(line));
            }
        }
    }

    @Test
    void givenQuestionSet_whenChecked_thenWellFormedAndSpreadOverLanguages() {
        assertThat(questions).hasSizeBetween(36, 60);
        assertThat(questions).extracting(q -> q.get("id").asText()).doesNotHaveDuplicates();
        assertThat(questions).allSatisfy(q -> {
            assertThat(q.get("question").asText()).isNotBlank();
            assertThat(q.get("expect").isArray()).isTrue();
            assertThat(q.get("article").isNull()).isEqualTo(q.get("expect").isEmpty());
        });
        Set<String> languages =
                questions.stream().map(q -> q.get("lang").asText()).collect(Collectors.toSet());
        assertThat(languages).containsExactlyInAnyOrder("en", "de", "fr", "es", "pt");
        assertThat(questions).filteredOn(q -> q.get("expect").isEmpty()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(questions)
                .filteredOn(q -> !q.get("article").isNull()
                        && corpus.article(q.get("article").asText())
                                .orElseThrow()
                                .translation(q.get("lang").asText())
                                .isEmpty())
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void givenEveryAnswerableQuestion_whenExpectationsSearched_thenEachOccursVerbatimInTheRightTranslation() {
        List<String> failures = new ArrayList<>();
        for (JsonNode q : questions) {
            if (q.get("article").isNull()) {
                continue;
            }
            Article article = corpus.article(q.get("article").asText()).orElse(null);
            if (article == null) {
                failures.add(q.get("id").asText() + ": no article "
                        + q.get("article").asText());
                continue;
            }
            String lang = q.get("lang").asText();
            List<Translation> answeredFrom = article.translation(lang)
                    .map(List::of)
                    .orElse(List.copyOf(article.translations().values()));
            Set<String> langsCovered = new HashSet<>();
            for (JsonNode expect : q.get("expect")) {
                String needle = normalise(expect.asText());
                List<Translation> containing = answeredFrom.stream()
                        .filter(t -> t.blocks().stream()
                                .anyMatch(b -> normalise(b.text()).contains(needle)))
                        .toList();
                if (containing.isEmpty()) {
                    failures.add(q.get("id").asText() + ": '" + expect.asText() + "' not in " + lang);
                }
                containing.forEach(t -> langsCovered.add(t.lang()));
            }
            if (article.translation(lang).isEmpty()
                    && langsCovered.size() < article.translations().size()) {
                failures.add(q.get("id").asText() + ": fallback expectations cover only " + langsCovered);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
