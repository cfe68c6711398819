package dev.interlinear.align;

import dev.interlinear.text.Sentence;
import java.util.List;
import java.util.Map;

/** PLACEHOLDER until the align branch lands. */
public final class ArticleAligner {
    public ArticleAlignment align(Map<String, List<Sentence>> byLang, String pivotLang) {
        int n = byLang.get(pivotLang).size();
        java.util.Map<String, int[]> groups = new java.util.LinkedHashMap<>();
        byLang.forEach((lang, s) -> {
            int[] g = new int[s.size()];
            for (int i = 0; i < g.length; i++) g[i] = (int) ((long) i * n / Math.max(1, s.size()));
            groups.put(lang, g);
        });
        return new ArticleAlignment(groups, n);
    }
}
