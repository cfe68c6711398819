package dev.interlinear.text;

import dev.interlinear.corpus.Block;
import dev.interlinear.corpus.Translation;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a translation's blocks into numbered sentences. Prose is segmented; headings stay whole; code is
 * split into lines. Each prose block is tagged with the language it is really written in, so a paragraph
 * left untranslated is not presented (or analysed) as the translation's language.
 */
public final class TranslationSentences {

    /** Shorter blocks are too short to tell their language reliably: they keep the translation's. */
    private static final int MIN_LETTERS_TO_DETECT = 40;
    /** Only a clear verdict overrides the language the file is declared to be in. */
    private static final double MIN_CONFIDENCE_TO_RETAG = 0.9;

    private final SentenceSegmenter segmenter;
    private final LanguageDetector detector;

    public TranslationSentences(SentenceSegmenter segmenter, LanguageDetector detector) {
        this.segmenter = segmenter;
        this.detector = detector;
    }

    public List<Sentence> of(Translation translation) {
        List<Sentence> out = new ArrayList<>();
        String declared = Languages.base(translation.lang());
        List<Block> blocks = translation.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String lang = block.kind().isProse() ? languageOf(block.text(), declared) : declared;
            for (String unit : segmenter.units(block.kind(), block.text(), lang)) {
                out.add(new Sentence(out.size(), unit, b, block.kind(), lang));
            }
        }
        return out;
    }

    private static boolean hasLetters(String text, int atLeast) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < atLeast; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
            }
            i += Character.charCount(cp);
        }
        return letters >= atLeast;
    }

    private String languageOf(String text, String declared) {
        if (!hasLetters(text, MIN_LETTERS_TO_DETECT) || detector.plainlyIn(text, declared)) {
            return declared;
        }
        return detector.detect(text)
                .filter(g -> !g.lang().equals(declared) && g.confidence() >= MIN_CONFIDENCE_TO_RETAG)
                .map(LanguageGuess::lang)
                .orElse(declared);
    }
}
