package dev.interlinear.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Mustache templates from {@code web/} on the class path; {@code {{ }}} escapes HTML, so article text stays text. */
final class Templates {

    private final Mustache.Compiler compiler = Mustache.compiler()
            .escapeHTML(true)
            .emptyStringIsFalse(true)
            .withLoader(name -> new InputStreamReader(open(name), StandardCharsets.UTF_8));
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    String render(String name, Object model) {
        return compiled.computeIfAbsent(name, n -> compiler.compile(new InputStreamReader(open(n), StandardCharsets.UTF_8)))
                .execute(model);
    }

    private static InputStream open(String name) {
        InputStream in = Templates.class.getResourceAsStream("/web/" + name + ".mustache");
        if (in == null) {
            throw new UncheckedIOException(new IOException("template web/" + name + ".mustache is missing"));
        }
        return in;
    }
}
