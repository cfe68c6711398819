package dev.interlinear.bench;

import dev.interlinear.corpus.Article;
import dev.interlinear.corpus.Block;
import dev.interlinear.corpus.BlockKind;
import dev.interlinear.corpus.Corpus;
import dev.interlinear.corpus.CorpusLoader;
import dev.interlinear.corpus.Translation;
import dev.interlinear.language.Languages;
import dev.interlinear.segment.SentenceSegmenter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a corpus of N sentences in the corpus layout: articles with a translation in every requested
 * language, sentence k of each translation sharing its numbers and names with sentence k of the others
 * (as real translations do), words drawn from each language's real vocabulary. Also keeps, per language,
 * some sentences to ask about.
 */
final class SyntheticCorpus {

    static final int SENTENCES_PER_TRANSLATION = 60;
    static final int SENTENCES_PER_PARAGRAPH = 4;
    private static final String[] NAMES = {
        "Alvarez",
        "Brenner",
        "Chen",
        "Dubois",
        "Eriksen",
        "Fontaine",
        "Gupta",
        "Haller",
        "Ito",
        "Jansen",
        "Kowalski",
        "Lindqvist",
        "Moreau",
        "Novak",
        "Okafor",
        "Petrov",
        "Quinn",
        "Rossi",
        "Santos",
        "Tanaka",
        "Ulrich",
        "Varga",
        "Weber",
        "Xu",
        "Yilmaz",
        "Zimmer",
        "Acme",
        "Borealis",
        "Cobalt",
        "Dynamo",
        "Everest",
        "Fjord",
        "Granite",
        "Helix",
        "Ionic",
        "Juniper"
    };

    /** A sentence of the corpus, to build questions from. */
    record Target(String article, String lang, int sentenceIndex, String text) {}

    private final Map<String, Vocabulary> vocabularies;
    private final Random random;

    private SyntheticCorpus(Map<String, Vocabulary> vocabularies, Random random) {
        this.vocabularies = vocabularies;
        this.random = random;
    }

    /** Vocabularies learnt from the real text of a corpus folder, where it has the language. */
    static SyntheticCorpus from(Path realText, List<String> languages, long seed) {
        Random random = new Random(seed);
        Map<String, List<String>> sentences = new HashMap<>();
        if (Files.isDirectory(realText)) {
            Corpus corpus = new CorpusLoader().load(realText);
            SentenceSegmenter segmenter = new SentenceSegmenter();
            for (Article a : corpus.articles()) {
                for (Translation t : a.translations().values()) {
                    for (Block b : t.blocks()) {
                        if (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.LIST_ITEM) {
                            sentences
                                    .computeIfAbsent(Languages.base(t.lang()), l -> new ArrayList<>())
                                    .addAll(segmenter.split(b.text(), t.lang()));
                        }
                    }
                }
            }
        }
        Map<String, Vocabulary> vocabularies = new HashMap<>();
        for (String lang : languages) {
            Vocabulary learnt = Vocabulary.learn(sentences.getOrDefault(lang, List.of()));
            vocabularies.put(lang, learnt != null ? learnt : Vocabulary.synthetic(lang, 20_000, random));
        }
        return new SyntheticCorpus(vocabularies, random);
    }

    boolean learntFromRealText(String lang, Path realText) {
        return Files.isDirectory(realText) && vocabularies.containsKey(lang);
    }

    /** Writes about {@code sentences} sentences (all translations together) and returns some to ask about. */
    List<Target> write(Path dir, int sentences, List<String> languages, int targetsPerLanguage) throws IOException {
        int perArticle = SENTENCES_PER_TRANSLATION * languages.size();
        int articles = Math.max(1, (sentences + perArticle - 1) / perArticle);
        int perTranslation =
                Math.max(1, Math.min(SENTENCES_PER_TRANSLATION, sentences / (languages.size() * articles)));
        List<Target> targets = new ArrayList<>();
        double keep = Math.min(1.0, (double) targetsPerLanguage * 2 / (articles * perTranslation));
        for (int a = 0; a < articles; a++) {
            String id = "bench-" + a;
            Path folder = Files.createDirectories(dir.resolve(id));
            List<long[]> numbers = new ArrayList<>();
            List<String[]> names = new ArrayList<>();
            for (int k = 0; k < perTranslation; k++) {
                numbers.add(random.nextInt(3) == 0 ? new long[] {10 + random.nextInt(9990)} : new long[0]);
                names.add(random.nextInt(3) == 0 ? new String[] {NAMES[random.nextInt(NAMES.length)]} : new String[0]);
            }
            for (String lang : languages) {
                Vocabulary v = vocabularies.get(lang);
                try (BufferedWriter out =
                        Files.newBufferedWriter(folder.resolve(lang + ".txt"), StandardCharsets.UTF_8)) {
                    for (int k = 0; k < perTranslation; k++) {
                        String sentence = sentence(v, numbers.get(k), names.get(k));
                        out.write(sentence);
                        out.write((k + 1) % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ");
                        if (random.nextDouble() < keep
                                && targets.stream()
                                                .filter(t -> t.lang().equals(lang))
                                                .count()
                                        < targetsPerLanguage) {
                            targets.add(new Target(id, lang, k, sentence));
                        }
                    }
                }
            }
        }
        return targets;
    }

    private String sentence(Vocabulary v, long[] numbers, String[] names) {
        int length = v.sentenceLength(random);
        List<String> words = new ArrayList<>(length + 2);
        for (int i = 0; i < length; i++) {
            words.add(v.word(random));
        }
        for (long n : numbers) {
            words.add(1 + random.nextInt(words.size()), Long.toString(n));
        }
        for (String name : names) {
            words.add(1 + random.nextInt(words.size()), name);
        }
        String first = words.get(0);
        words.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
        // Abbreviation-free sentences: a full stop at the end only.
        return String.join(" ", words).replace(".", "") + ".";
    }
}
