package dev.interlinear.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlinear.corpus.CorpusProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a build could not take as it was on disk ({@value #FILE} in the generation): an up-to-date index is
 * opened without reading the articles again, and {@code index} must still say which were not taken.
 *
 * @param problems the corpus problems, with paths relative to the articles folder
 * @param kept     articles served in their previous version
 */
public record BuildProblems(List<CorpusProblem> problems, Set<String> kept) {

    public static final String FILE = "problems.json";

    public BuildProblems {
        problems = List.copyOf(problems);
        kept = Set.copyOf(new TreeSet<>(kept));
    }

    public void save(Path generation, Path corpusDir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("problems");
        Path base = corpusDir.toAbsolutePath().normalize();
        for (CorpusProblem p : problems) {
            Path file = p.file().toAbsolutePath().normalize();
            list.addObject()
                    .put("file", file.startsWith(base) ? base.relativize(file).toString() : file.toString())
                    .put("reason", p.reason())
                    .put("effect", p.effect().name());
        }
        ArrayNode keptIds = root.putArray("kept");
        new TreeSet<>(kept).forEach(keptIds::add);
        mapper.writerWithDefaultPrettyPrinter()
                .writeValue(generation.resolve(FILE).toFile(), root);
    }

    /** The problems saved with a generation; none when it has no such file or it cannot be read. */
    public static BuildProblems load(Path generation, Path corpusDir) {
        Path file = generation.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new BuildProblems(List.of(), Set.of());
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<CorpusProblem> problems = new ArrayList<>();
            for (JsonNode p : root.path("problems")) {
                problems.add(new CorpusProblem(
                        corpusDir.resolve(p.path("file").asText()),
                        p.path("reason").asText(),
                        CorpusProblem.Effect.valueOf(
                                p.path("effect").asText(CorpusProblem.Effect.FILE_SKIPPED.name()))));
            }
            Set<String> kept = new TreeSet<>();
            root.path("kept").forEach(k -> kept.add(k.asText()));
            return new BuildProblems(problems, kept);
        } catch (IOException | RuntimeException e) {
            return new BuildProblems(List.of(), Set.of());
        }
    }
}
