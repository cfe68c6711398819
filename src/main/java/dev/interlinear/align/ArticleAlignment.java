package dev.interlinear.align;

import java.util.List;

/** PLACEHOLDER until the align branch lands: proportional positions. */
public final class ArticleAlignment {
    private final java.util.Map<String, int[]> groups;
    private final int count;

    ArticleAlignment(java.util.Map<String, int[]> groups, int count) {
        this.groups = groups;
        this.count = count;
    }

    public int groupOf(String lang, int sentenceIndex) {
        return groups.get(lang)[sentenceIndex];
    }

    public List<Integer> sentencesIn(String lang, int group) {
        int[] g = groups.get(lang);
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < g.length; i++) if (g[i] == group) out.add(i);
        return out;
    }

    public List<String> languages() {
        return List.copyOf(groups.keySet());
    }
}
