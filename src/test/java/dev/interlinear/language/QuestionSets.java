package dev.interlinear.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Question files (JSON lines with {@code id}, {@code lang}, {@code question}) read for measuring language detection:
 * each question whole, and as a stand-in for a chat message, its first two to five words in lower case without
 * punctuation (how many is fixed by its id).
 */
public final class QuestionSets {

    /** The languages the bot is configured for by default; a set's own languages are added. */
    public static final List<String> CONFIGURED = List.of("en", "de", "pt", "es", "fr");

    public record Question(String id, String lang, String text) {}

    /** A question file with the languages a bot answering it recognises: the configured ones and the file's. */
    public record QuestionSet(String name, List<Question> questions, Set<String> languages) {

        /** The questions as chat messages: their first two to five words, lower case, no punctuation. */
        public QuestionSet chat() {
            return new QuestionSet(
                    name,
                    questions.stream()
                            .map(q -> new Question(q.id(), q.lang(), chatMessage(q.id(), q.text())))
                            .toList(),
                    languages);
        }
    }

    private QuestionSets() {}

    /** A file given as {@code name=path}. */
    public static QuestionSet read(String namedPath) {
        int eq = namedPath.indexOf('=');
        String name = eq < 0 ? Path.of(namedPath).getFileName().toString() : namedPath.substring(0, eq);
        Path path = Path.of(eq < 0 ? namedPath : namedPath.substring(eq + 1));
        ObjectMapper json = new ObjectMapper();
        List<Question> questions = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>(CONFIGURED);
        try {
            for (String line : Files.readAllLines(path)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String lang = n.path("lang").asText();
                if (!lang.isEmpty()) {
                    questions.add(new Question(
                            n.path("id").asText(), lang, n.path("question").asText()));
                    languages.add(lang);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QuestionSet(name, questions, languages);
    }

    /** The first two to five words (by the id's hash) of a question, lower-cased, without punctuation. */
    public static String chatMessage(String id, String question) {
        String[] words = question.toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}&&[^'-]]", " ")
                .strip()
                .split("\\s+");
        int k = 2 + Math.floorMod(id.hashCode(), 4);
        return String.join(" ", Arrays.copyOf(words, Math.min(k, words.length)));
    }
}
