package dev.interlinear.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything a rendered reader page depends on: the index generation it was read from (a swap to a new
 * edition changes it, so no page of the old one is served again), the view, the article, its languages, the
 * page number and the highlighted sentence ({@code -1}: none).
 */
record PageKey(String generation, View view, String article, List<String> langs, int page, int highlight) {

    enum View {
        TRANSLATION,
        PARALLEL
    }

    PageKey {
        langs = List.copyOf(langs);
    }

    /**
     * The page's entity tag: a digest of the key and of the templates' version (a release with other markup
     * must not answer "not modified"), so it names no folder of the server.
     */
    String etag(String templatesVersion) {
        String identity = String.join(
                "\n",
                templatesVersion,
                generation,
                view.name(),
                article,
                String.join(",", langs),
                Integer.toString(page),
                Integer.toString(highlight));
        return "\"" + HexFormat.of().formatHex(sha256(identity), 0, 16) + "\"";
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
