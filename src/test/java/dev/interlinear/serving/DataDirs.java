package dev.interlinear.serving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What a data directory holds, read as an operator would with {@code ls}, and corpora to build it from. */
final class DataDirs {

    /** About 7 000 sentences in four articles: a build of a few seconds, long enough to be killed in. */
    static final Path DEBIAN = Path.of("eval/corpora/debian-reference");

    private DataDirs() {}

    /** The index slots of a data directory ({@code <data>/index/<slot>}); one per corpus folder. */
    static List<Path> slots(Path data) throws IOException {
        Path index = data.resolve("index");
        if (!Files.isDirectory(index)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(index)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Entries of every slot whose name starts with {@code prefix} ({@code tmp-}, {@code g-}). */
    static List<String> entries(Path data, String prefix) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path slot : slots(data)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(slot)) {
                for (Path p : entries) {
                    if (p.getFileName().toString().startsWith(prefix)) {
                        out.add(p.getFileName().toString());
                    }
                }
            }
        }
        return out.stream().sorted().toList();
    }

    /** The generation {@code current} names, if there is one. */
    static Optional<String> current(Path data) throws IOException {
        for (Path slot : slots(data)) {
            Path pointer = slot.resolve("current");
            if (Files.isRegularFile(pointer)) {
                return Optional.of(
                        Files.readString(pointer, StandardCharsets.UTF_8).trim());
            }
        }
        return Optional.empty();
    }

    static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Adds a paragraph before {@code </body>} of an HTML translation: a change of that article. */
    static void addParagraph(Path html, String text) throws IOException {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        if (end < 0) {
            throw new IllegalStateException(html + " has no </body>");
        }
        Files.writeString(
                html, page.substring(0, end) + "<p>" + text + "</p>\n" + page.substring(end), StandardCharsets.UTF_8);
    }

    /** The lines of a log that look like a Java stack trace or an exception printed raw. */
    static List<String> traceLines(String log) {
        return log.lines()
                .filter(l -> l.startsWith("\tat ")
                        || l.trim().startsWith("at java.")
                        || l.trim().startsWith("at org.")
                        || l.trim().startsWith("at dev.")
                        || l.startsWith("Exception in thread")
                        || l.startsWith("Caused by:"))
                .toList();
    }
}
