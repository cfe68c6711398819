package dev.interlinear.facts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Facts as JSON, stored next to the index and loaded at start:
 * {@code {"version": 1, "articles": [ArticleFacts, ...]}}. Amounts are written as plain decimals and read back
 * exactly ({@code 700000000000}, not {@code 7.0E11}).
 */
public final class FactsJson {

    /** Bumped when the shape changes incompatibly; files of another version are refused. */
    public static final int VERSION = 1;

    private static final TypeReference<Stored> STORED = new TypeReference<>() {
    };

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file's shape. */
    record Stored(int version, List<ArticleFacts> articles) {
    }

    public String write(List<ArticleFacts> facts) {
        try {
            return mapper.writeValueAsString(new Stored(VERSION, facts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write facts as JSON", e);
        }
    }

    /** @throws IOException when the text is not facts JSON of this version */
    public List<ArticleFacts> read(String json) throws IOException {
        Stored stored = mapper.readValue(json, STORED);
        if (stored.version() != VERSION || stored.articles() == null) {
            throw new IOException("facts JSON version " + stored.version() + " is not supported (expected " + VERSION
                    + ")");
        }
        return List.copyOf(stored.articles());
    }

    /** Writes to a temporary file beside {@code file}, then moves it into place, so readers never see half a file. */
    public void write(List<ArticleFacts> facts, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, write(facts));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** @throws IOException when the file cannot be read or is not facts JSON of this version */
    public List<ArticleFacts> read(Path file) throws IOException {
        return read(Files.readString(file));
    }
}
