package dev.interlinear.facts;

import dev.interlinear.align.ArticleAligner;
import dev.interlinear.corpus.BlockKind;
import dev.interlinear.segment.Sentence;
import dev.interlinear.segment.SentenceSegmenter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds articles for the facts tests: text per language, segmented and aligned by the project's own parts. */
final class Articles {

    static final Path SAMPLE = Path.of("config/articles/openai-compute");

    private Articles() {}

    /** Facts of an article given as text per language (in the order given), segmented and aligned. */
    static ArticleFacts facts(String id, Map<String, String> textByLang) {
        return new FactExtractor()
                .extract(
                        id, sentences(textByLang), new ArticleAligner().align(sentences(textByLang), Optional.empty()));
    }

    static ArticleFacts facts(String lang1, String text1, String lang2, String text2) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(lang1, text1);
        m.put(lang2, text2);
        return facts("test", m);
    }

    static ArticleFacts facts(String lang, String text) {
        return facts("test", Map.of(lang, text));
    }

    static Map<String, List<Sentence>> sentences(Map<String, String> textByLang) {
        Map<String, List<Sentence>> out = new LinkedHashMap<>();
        textByLang.forEach((lang, text) -> {
            List<Sentence> list = new ArrayList<>();
            for (String s : new SentenceSegmenter().split(text, lang)) {
                list.add(new Sentence(list.size(), s, 0, BlockKind.PARAGRAPH, lang));
            }
            out.put(lang, list);
        });
        return out;
    }

    /** The sample article "openai-compute" in German and Portuguese. */
    static ArticleFacts sample() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("de", read("de.txt"));
        m.put("pt", read("pt.txt"));
        return facts("openai-compute", m);
    }

    private static String read(String file) {
        try {
            return Files.readString(SAMPLE.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
