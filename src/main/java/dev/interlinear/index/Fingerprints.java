package dev.interlinear.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Content hashes: an index generation is named by the hash of everything it was built from. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * Hash of every file below the corpus folder (relative path and bytes) and of the extra inputs that
     * change what is indexed (schema version, language settings).
     */
    public static String ofCorpus(Path corpusDir, List<String> extraInputs) {
        MessageDigest digest = sha256();
        extraInputs.forEach(s -> update(digest, s));
        if (Files.isDirectory(corpusDir)) {
            try (Stream<Path> walk = Files.walk(corpusDir)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    update(digest, corpusDir.relativize(file).toString());
                    try (InputStream in = Files.newInputStream(file)) {
                        byte[] buffer = new byte[65536];
                        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                            digest.update(buffer, 0, n);
                        }
                    } catch (IOException e) {
                        // An unreadable file is reported by the corpus loader; its name still counts.
                        update(digest, "unreadable");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
