package dev.interlinear.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a generation was built from ({@value #FILE}): the settings that shape every document, and per article
 * the fingerprint of its folder and its translation files. A later build with the same settings copies the
 * articles whose fingerprint is unchanged and prepares only the others.
 *
 * @param inputs   fingerprint of the schema and settings; generations with other inputs share nothing
 * @param articles by article id
 */
public record GenerationManifest(String inputs, Map<String, ArticleEntry> articles) {

    public static final String FILE = "manifest.json";

    /**
     * @param fingerprint of every file of the article's folder
     * @param files       the translation files the indexed version was read from (file names)
     */
    public record ArticleEntry(String fingerprint, List<String> files) {
        public ArticleEntry {
            files = List.copyOf(files);
        }
    }

    public GenerationManifest {
        articles = new TreeMap<>(articles);
    }

    /** The manifest of a generation; empty when it has none or it cannot be read (then nothing is reused). */
    public static Optional<GenerationManifest> load(Path generation) {
        Path file = generation.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Map<String, ArticleEntry> articles = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : root.path("articles").properties()) {
                List<String> files = new ArrayList<>();
                e.getValue().path("files").forEach(f -> files.add(f.asText()));
                articles.put(
                        e.getKey(),
                        new ArticleEntry(e.getValue().path("fingerprint").asText(), files));
            }
            return Optional.of(new GenerationManifest(root.path("inputs").asText(), articles));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void save(Path generation) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("inputs", inputs);
        ObjectNode byId = root.putObject("articles");
        articles.forEach((id, entry) -> {
            ObjectNode node = byId.putObject(id).put("fingerprint", entry.fingerprint());
            ArrayNode files = node.putArray("files");
            entry.files().forEach(files::add);
        });
        mapper.writerWithDefaultPrettyPrinter()
                .writeValue(generation.resolve(FILE).toFile(), root);
    }
}
