package dev.interlinear.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Mustache templates from {@code web/} on the class path; {@code {{ }}} escapes HTML, so article text stays text. */
final class Templates {

    private final Mustache.Compiler compiler = Mustache.compiler()
            .escapeHTML(true)
            .emptyStringIsFalse(true)
            .withLoader(name -> new InputStreamReader(open(name), StandardCharsets.UTF_8));
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();
    private final String version = version(List.of("head", "sentence", "pager", "reader", "parallel"));

    String render(String name, Object model) {
        return compiled.computeIfAbsent(
                        name, n -> compiler.compile(new InputStreamReader(open(n), StandardCharsets.UTF_8)))
                .execute(model);
    }

    /**
     * A fingerprint of the templates of the cached pages, part of their entity tags: a release with other
     * markup must not tell a browser that its copy of a page is still good.
     */
    String version() {
        return version;
    }

    private static String version(List<String> names) {
        StringBuilder all = new StringBuilder();
        for (String name : names) {
            try (InputStream in = open(name)) {
                all.append(name).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(PageKey.sha256(all.toString()), 0, 8);
    }

    private static InputStream open(String name) {
        InputStream in = Templates.class.getResourceAsStream("/web/" + name + ".mustache");
        if (in == null) {
            throw new UncheckedIOException(new IOException("template web/" + name + ".mustache is missing"));
        }
        return in;
    }
}
