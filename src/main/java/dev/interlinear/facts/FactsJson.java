package dev.interlinear.facts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Facts as JSON, stored next to the index and loaded at start:
 * {@code {"version": 1, "articles": [ArticleFacts, ...]}}. Amounts are written as plain decimals and read back
 * exactly ({@code 700000000000}, not {@code 7.0E11}).
 */
public final class FactsJson {

    /** Bumped when the shape changes incompatibly; files of another version are refused. */
    public static final int VERSION = 1;

    private static final TypeReference<Stored> STORED = new TypeReference<>() {};

    // Not indented: at 10^6 sentences the file has tens of megabytes, and indentation was a third of them.
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file's shape. */
    record Stored(int version, List<ArticleFacts> articles) {}

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
            throw new IOException(
                    "facts JSON version " + stored.version() + " is not supported (expected " + VERSION + ")");
        }
        return List.copyOf(stored.articles());
    }

    /** Writes to a temporary file beside {@code file}, then moves it into place, so readers never see half a file. */
    public void write(List<ArticleFacts> facts, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not createTempFile: its 0600 would keep other users (another process serving a shared or shipped index)
        // from reading the facts; the file gets the umask's permissions like Lucene's own files.
        Path tmp = dir.resolve(
                file.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        try {
            Files.writeString(
                    tmp,
                    write(facts),
                    java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** @throws IOException when the file cannot be read or is not facts JSON of this version */
    public List<ArticleFacts> read(Path file) throws IOException {
        return read(Files.readString(file));
    }

    /** Where one article's facts are in the bytes of a facts file. */
    record Slice(String article, int from, int to) {}

    /**
     * Finds each article's facts in the bytes of a facts file without reading them into objects (a streaming
     * pass that skips their contents), so that a large file opens in a fraction of the time of reading it.
     *
     * @throws IOException when the bytes are not facts JSON of this version
     */
    List<Slice> slices(byte[] json) throws IOException {
        List<Slice> out = new ArrayList<>();
        Integer version = null;
        boolean sawArticles = false;
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("version") && value == JsonToken.VALUE_NUMBER_INT) {
                    version = p.getIntValue();
                } else if (field.equals("articles") && value == JsonToken.START_ARRAY) {
                    sawArticles = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        int from = (int) p.currentTokenLocation().getByteOffset();
                        String article = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            if (p.nextToken() == JsonToken.VALUE_STRING && name.equals("article")) {
                                article = p.getText();
                            } else {
                                p.skipChildren();
                            }
                        }
                        if (article == null) {
                            throw new IOException("facts of an article without its id at byte " + from);
                        }
                        out.add(new Slice(
                                article, from, (int) p.currentLocation().getByteOffset()));
                    }
                    expect(p.currentToken(), JsonToken.END_ARRAY);
                } else {
                    p.skipChildren();
                }
            }
        }
        if (version == null || version != VERSION || !sawArticles) {
            throw new IOException("facts JSON version " + version + " is not supported (expected " + VERSION + ")");
        }
        return out;
    }

    /** One article's facts, read from its slice. */
    ArticleFacts read(byte[] json, Slice slice) throws IOException {
        return mapper.readValue(json, slice.from(), slice.to() - slice.from(), ArticleFacts.class);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("facts JSON: expected " + expected + ", found " + actual);
        }
    }
}
