package dev.interlinear.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * The articles folder as untrusted input: whoever can write into it must not be able to publish any other file
 * the service can read. A file is read only when its real path lies inside the folder's real path; links that
 * stay inside keep working, as Kubernetes ConfigMap volumes make them ({@code ..data -> ..2026_12_06_xx},
 * {@code en.txt -> ..data/en.txt}, an article folder linked to a hidden folder beside it).
 */
final class ArticlesFolder {

    private final Path root;

    private ArticlesFolder(Path root) {
        this.root = root;
    }

    /** @throws IOException when the folder's real path cannot be found */
    static ArticlesFolder of(Path folder) throws IOException {
        return new ArticlesFolder(folder.toRealPath());
    }

    /**
     * The real path of an entry of the folder (links followed), when it lies inside the folder.
     *
     * @throws UnreadableDocumentException when it lies outside, or is a link to nothing
     * @throws IOException                 when the path cannot be resolved (permissions, a loop of links)
     */
    Path inside(Path entry) throws UnreadableDocumentException, IOException {
        Path real;
        try {
            real = entry.toRealPath();
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(entry)) {
                throw new UnreadableDocumentException("link to a file that does not exist");
            }
            throw e;
        }
        if (!real.startsWith(root)) {
            throw new UnreadableDocumentException("links outside the articles folder");
        }
        return real;
    }

    /**
     * Opens a file found by {@link #inside}, following no link on the way from the folder to it: a link swapped
     * in after the check (for a folder on the way, or the file itself) makes the open fail instead of leading
     * outside. Each step is an {@code openat} with {@code O_NOFOLLOW} where the platform has it (Linux, macOS).
     */
    InputStream open(Path real) throws IOException {
        Path relative = root.relativize(real);
        if (relative.toString().isEmpty()) {
            throw new IOException("the articles folder itself is not a file");
        }
        try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
            if (top instanceof SecureDirectoryStream<Path> secure) {
                return Channels.newInputStream(open(secure, relative));
            }
        }
        // Elsewhere only the last step can refuse a link; the path was just checked to hold none.
        return Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS);
    }

    private static SeekableByteChannel open(SecureDirectoryStream<Path> folder, Path relative) throws IOException {
        if (relative.getNameCount() == 1) {
            return folder.newByteChannel(relative, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
        }
        try (SecureDirectoryStream<Path> next =
                folder.newDirectoryStream(relative.getName(0), LinkOption.NOFOLLOW_LINKS)) {
            return open(next, relative.subpath(1, relative.getNameCount()));
        }
    }
}
