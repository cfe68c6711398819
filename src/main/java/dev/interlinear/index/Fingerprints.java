package dev.interlinear.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Content hashes: an index generation is named by the hash of everything it was built from. */
public final class Fingerprints {

    private Fingerprints() {}

    /**
     * Hash of every file below the corpus folder that could be indexed (relative path and bytes; see
     * {@link CorpusFiles}: links only inside the folder) and of the extra inputs that change what is indexed
     * (schema version, language settings). A folder that cannot be listed or a file that cannot be read counts
     * by its name, so that its coming back is a change.
     */
    public static String ofCorpus(Path corpusDir, List<String> extraInputs) {
        return of(corpusDir, corpusDir, extraInputs);
    }

    /** Hash of the files of one article folder as {@link #ofCorpus} reads them (links bounded by the corpus). */
    public static String ofArticle(Path corpusDir, String id) {
        return of(corpusDir, corpusDir.resolve(id), List.of());
    }

    private static String of(Path corpusDir, Path start, List<String> extraInputs) {
        MessageDigest digest = sha256();
        extraInputs.forEach(s -> update(digest, s));
        if (Files.isDirectory(start)) {
            byte[] buffer = new byte[65536];
            CorpusFiles.walk(corpusDir, start, new CorpusFiles.Visitor() {
                @Override
                public void file(Path relative, Path real, BasicFileAttributes attributes) {
                    update(digest, relative.toString());
                    try (InputStream in = Files.newInputStream(real)) {
                        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                            digest.update(buffer, 0, n);
                        }
                    } catch (IOException e) {
                        // An unreadable file is reported by the corpus loader; its name still counts.
                        update(digest, "unreadable");
                    }
                }

                @Override
                public void unusable(Path relative, String why) {
                    update(digest, relative + "\0" + why);
                }
            });
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
    }

    public static String sha256(String text) {
        MessageDigest digest = sha256();
        update(digest, text);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
