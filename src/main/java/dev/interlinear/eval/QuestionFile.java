package dev.interlinear.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a JSON Lines question file; a malformed line is an error naming the file and line. */
public final class QuestionFile {

    private final ObjectMapper mapper = new ObjectMapper();

    public List<EvalQuestion> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<EvalQuestion> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            out.add(parse(file, i + 1, line));
        }
        return out;
    }

    private EvalQuestion parse(Path file, int lineNumber, String line) {
        try {
            JsonNode n = mapper.readTree(line);
            String question = n.path("question").asText("");
            if (question.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": no \"question\"");
            }
            List<String> expect = new ArrayList<>();
            n.path("expect").forEach(e -> expect.add(e.asText()));
            JsonNode article = n.path("article");
            JsonNode locale = n.path("locale");
            if (!locale.isMissingNode() && !locale.isNull() && !locale.isTextual()) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": \"locale\" must be a language tag");
            }
            return new EvalQuestion(
                    n.path("id").asText("line-" + lineNumber),
                    n.path("lang").asText(""),
                    question,
                    article.isTextual() ? Optional.of(article.asText()) : Optional.empty(),
                    expect,
                    locale.isTextual() && !locale.asText().isBlank() ? Optional.of(locale.asText()) : Optional.empty());
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": not valid JSON", e);
        }
    }
}
