package dev.interlinear.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --locale} on {@code ask} and {@code chat}: the asker's locale, as Discord's user locale would be. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AskLocaleTest {

    private static final Path ARTICLES = Path.of("config/articles").toAbsolutePath();

    private String config;

    @BeforeAll
    void writeConfig(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("interlinear.yaml");
        Files.writeString(
                file,
                "corpus: '" + ARTICLES + "'\ndata-dir: '" + dir.resolve("data").toAbsolutePath() + "'\n");
        config = file.toString();
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void givenAPortugueseLocale_whenAPortugueseQuestionNamingCompaniesIsAsked_thenItIsAnsweredInPortuguese()
            throws IOException {
        // GIVEN the sample articles (German, Portuguese) and a Portuguese-locale asker
        // WHEN a Portuguese question full of English-looking names is asked
        Run r = run("ask", "--config", config, "--locale", "pt", "--json", "O que a OpenAI assinou com a AMD?");

        // THEN the reply is Portuguese, from the Portuguese translation, with no "no English translation"
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("language").asText()).isEqualTo("pt");
        assertThat(json.at("/answer/lang").asText()).isEqualTo("pt");
        assertThat(json.at("/answer/sentence").asText()).contains("AMD");
    }

    @Test
    void givenAPortugueseLocale_whenAPortugueseQuestionIsAskedInPlainText_thenNoFallbackNotice() {
        Run r = run("ask", "--config", config, "--locale", "pt-BR", "O que a OpenAI assinou com a AMD?");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("AMD").doesNotContain("No English translation");
    }

    @Test
    void givenAGermanLocale_whenShortChatMessagesAreTyped_thenTheyAreAnsweredInGerman() {
        // GIVEN a chat session of a German-locale asker
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("openai und amd deal\n\n".getBytes(StandardCharsets.UTF_8)));

            // WHEN a short lower-case message is typed
            Run r = run("chat", "--config", config, "--locale", "de");

            // THEN it is answered from the German translation, without a fallback notice
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("openai-compute/de").doesNotContain("translation;");
        } finally {
            System.setIn(stdin);
        }
    }
}
