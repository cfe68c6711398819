package dev.interlinear.corpus;

import java.util.List;
import java.util.Optional;

/** The loaded articles, and the files that were skipped (reported, never fatal). */
public record Corpus(List<Article> articles, List<CorpusProblem> problems) {
    public Corpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
