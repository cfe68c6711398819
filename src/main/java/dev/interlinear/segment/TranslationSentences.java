package dev.interlinear.segment;

import dev.interlinear.corpus.Block;
import dev.interlinear.corpus.Translation;
import dev.interlinear.language.LanguageDetector;
import dev.interlinear.language.LanguageGuess;
import dev.interlinear.language.Languages;
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
    /**
     * Characters of a block's opening read first. The model's cost grows with the text (it was a tenth of
     * indexing): when the opening is in the declared language the block keeps it, and only the others are
     * read whole. Long enough for a clear verdict among the supported languages.
     */
    static final int OPENING_CHARACTERS = 200;
    /** The opening keeps the declared language only when it is at least twice as likely as any other. */
    private static final double MIN_CONFIDENCE_TO_KEEP = 0.5;

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

    /** The first {@link #OPENING_CHARACTERS} characters or so, ending at a space so no word is cut. */
    static String opening(String text) {
        if (text.length() <= OPENING_CHARACTERS + 40) {
            return text;
        }
        int space = text.lastIndexOf(' ', OPENING_CHARACTERS);
        int end = space > OPENING_CHARACTERS / 2 ? space : OPENING_CHARACTERS;
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end);
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
        String opening = opening(text);
        if (opening.length() < text.length()
                && detector.detect(opening)
                        .filter(g -> g.lang().equals(declared) && g.confidence() >= MIN_CONFIDENCE_TO_KEEP)
                        .isPresent()) {
            return declared;
        }
        return detector.detect(text)
                .filter(g -> !g.lang().equals(declared) && g.confidence() >= MIN_CONFIDENCE_TO_RETAG)
                .map(LanguageGuess::lang)
                .orElse(declared);
    }
}
