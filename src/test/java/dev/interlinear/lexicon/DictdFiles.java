package dev.interlinear.lexicon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Writes small dictionaries in the dictd format as FreeDict's look, for tests. */
public final class DictdFiles {

    private DictdFiles() {}

    /**
     * Writes {@code freedict-FROM-TO.index} and {@code .dict.dz} into a folder.
     *
     * @param entries headword -> the entry's text after its headword line, as FreeDict writes it
     */
    /**
     * The three English-German entries the sample's "What did OpenAI sign yesterday evening?" needs: its German AMD
     * sentence has "Gestern Abend ... unterzeichnet".
     */
    public static void writeSampleEnglishGerman(Path folder) throws IOException {
        write(
                folder,
                "eng",
                "deu",
                Map.of("yesterday", "gestern", "evening", "Abend <masc>", "signed", "unterzeichnet, signiert"));
    }

    public static void write(Path folder, String from, String to, Map<String, String> entries) throws IOException {
        Files.createDirectories(folder);
        StringBuilder index = new StringBuilder();
        StringBuilder data = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("00databaseinfo", "a dictionary for tests\n");
        all.putAll(entries);
        for (var e : all.entrySet()) {
            String entry = e.getKey() + " /pron/\n" + e.getValue() + "\n";
            int offset = data.toString().getBytes(StandardCharsets.UTF_8).length;
            int length = entry.getBytes(StandardCharsets.UTF_8).length;
            index.append(e.getKey())
                    .append('\t')
                    .append(base64(offset))
                    .append('\t')
                    .append(base64(length))
                    .append('\n');
            data.append(entry);
        }
        String name = "freedict-" + from + "-" + to;
        Files.writeString(folder.resolve(name + ".index"), index);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve(name + ".dict.dz")))) {
            out.write(data.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static String base64(long n) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder out = new StringBuilder();
        do {
            out.insert(0, digits.charAt((int) (n % 64)));
            n /= 64;
        } while (n > 0);
        return out.toString();
    }
}
