package dev.interlinear.index;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks an articles folder as the corpus loader reads it: links are followed only while their real path stays
 * inside the folder (as Kubernetes ConfigMap volumes make them), and a folder that cannot be listed or a link
 * that leads outside is reported as such instead of failing the walk. The fingerprint and the watcher see
 * exactly what could be indexed, so an unreadable folder or a link to {@code /etc} neither stops a build nor
 * is ever read.
 */
public final class CorpusFiles {

    /** What the walk found at one path. */
    public interface Visitor {
        /** A regular file inside the folder, with its relative path (as written in the folder) and attributes. */
        void file(Path relative, Path real, BasicFileAttributes attributes);

        /** Something that is not read, with why: an unlistable folder, a link outside, a dangling link. */
        void unusable(Path relative, String why);
    }

    private CorpusFiles() {}

    /** Walks every file below {@code root} (not {@code root} itself), in name order. */
    public static void walk(Path root, Visitor visitor) {
        walk(root, root, visitor);
    }

    /**
     * Walks every file below {@code start}, a folder inside {@code root} (an article's), with links followed
     * while they stay inside {@code root}; relative paths are relative to {@code start}.
     */
    public static void walk(Path root, Path start, Visitor visitor) {
        Path realRoot;
        Path realStart;
        try {
            realRoot = root.toRealPath();
            realStart = start.toRealPath();
        } catch (IOException e) {
            visitor.unusable(Path.of(""), "cannot be resolved: " + e.getClass().getSimpleName());
            return;
        }
        if (!realStart.startsWith(realRoot)) {
            visitor.unusable(Path.of(""), "links outside the articles folder");
            return;
        }
        walkFolder(realRoot, start, Path.of(""), visitor, new HashSet<>(List.of(realStart)));
    }

    private static void walkFolder(Path realRoot, Path folder, Path relative, Visitor visitor, Set<Path> onPath) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException | SecurityException e) {
            visitor.unusable(relative, "cannot be listed: " + e.getClass().getSimpleName());
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            Path rel = relative.resolve(entry.getFileName().toString());
            Path real;
            BasicFileAttributes attributes;
            try {
                real = entry.toRealPath();
                attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | SecurityException e) {
                visitor.unusable(rel, Files.isSymbolicLink(entry) ? "dangling link" : "gone or unreadable");
                continue;
            }
            if (!real.startsWith(realRoot)) {
                visitor.unusable(rel, "links outside the articles folder");
            } else if (attributes.isDirectory()) {
                if (onPath.add(real)) { // a link back to a parent folder would loop
                    walkFolder(realRoot, entry, rel, visitor, onPath);
                    onPath.remove(real);
                }
            } else if (attributes.isRegularFile()) {
                visitor.file(rel, real, attributes);
            } else {
                visitor.unusable(rel, "not a regular file");
            }
        }
    }
}
