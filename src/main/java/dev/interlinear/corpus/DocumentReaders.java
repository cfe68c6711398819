package dev.interlinear.corpus;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reader for each translation file extension ({@code txt}, {@code md}, {@code html}, {@code htm}). */
public final class DocumentReaders {
    private final Map<String, DocumentReader> byExtension;

    public DocumentReaders(Map<String, DocumentReader> byExtension) {
        this.byExtension = Map.copyOf(byExtension);
    }

    /** The formats of the corpus layout contract. */
    public static DocumentReaders standard() {
        HtmlReader html = new HtmlReader();
        return new DocumentReaders(
                Map.of("txt", new PlainTextReader(), "md", new MarkdownReader(), "html", html, "htm", html));
    }

    /** @param extension without the dot, in any case */
    public Optional<DocumentReader> forExtension(String extension) {
        return Optional.ofNullable(byExtension.get(extension.toLowerCase(Locale.ROOT)));
    }

    public Set<String> extensions() {
        return byExtension.keySet();
    }
}
