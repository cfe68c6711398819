package dev.interlinear.align;

import dev.interlinear.corpus.BlockKind;
import dev.interlinear.segment.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Builds sentence lists for tests: one paragraph each, unless blocks are given. */
final class Fixtures {

    private Fixtures() {}

    static List<Sentence> paragraph(String lang, String... texts) {
        return paragraph(lang, List.of(texts));
    }

    static List<Sentence> paragraph(String lang, List<String> texts) {
        List<Sentence> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new Sentence(out.size(), t, 0, BlockKind.PARAGRAPH, lang));
        }
        return out;
    }

    /** A structured document being written block by block. */
    static final class Doc {
        private final String lang;
        private final List<Sentence> sentences = new ArrayList<>();
        private int block = -1;

        Doc(String lang) {
            this.lang = lang;
        }

        Doc heading(String text) {
            block++;
            sentences.add(new Sentence(sentences.size(), text, block, BlockKind.HEADING, lang));
            return this;
        }

        Doc paragraph(String... texts) {
            block++;
            for (String t : texts) {
                sentences.add(new Sentence(sentences.size(), t, block, BlockKind.PARAGRAPH, lang));
            }
            return this;
        }

        List<Sentence> sentences() {
            return List.copyOf(sentences);
        }
    }

    static Bead bead(List<Integer> left, List<Integer> right) {
        return new Bead(left, right);
    }
}
