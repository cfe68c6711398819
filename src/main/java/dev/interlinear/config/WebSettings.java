package dev.interlinear.config;

import java.util.Optional;

/**
 * The built-in reader.
 *
 * @param port      the HTTP port
 * @param publicUrl the base of the links the bot posts; {@code http://localhost:<port>} when not set
 */
public record WebSettings(int port, Optional<String> publicUrl) {
    public static final WebSettings DEFAULTS = new WebSettings(8080, Optional.empty());

    public WebSettings {
        if (port < 1 || port > 65535) {
            throw new ConfigException("web.port must be between 1 and 65535, got " + port);
        }
        publicUrl = publicUrl.map(String::strip).filter(u -> !u.isEmpty()).map(WebSettings::withoutTrailingSlash);
        publicUrl.ifPresent(u -> {
            if (!u.startsWith("http://") && !u.startsWith("https://")) {
                throw new ConfigException("web.public-url must start with http:// or https://, got " + u);
            }
        });
    }

    public String baseUrl() {
        return publicUrl.orElse("http://localhost:" + port);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
