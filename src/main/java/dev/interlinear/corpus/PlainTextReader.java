package dev.interlinear.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code .txt}: paragraphs are separated by blank lines; line breaks inside a paragraph are spaces. */
public final class PlainTextReader implements DocumentReader {
    /** Possessive, so thousands of blank lines in a row are one match and not one level of recursion each. */
    private static final Pattern BLANK_LINES = Pattern.compile("\\R[\\h\\x0B\\f]*+\\R(?:[\\h\\x0B\\f]*+\\R)*+");

    @Override
    public ParsedDocument read(String content) throws UnreadableDocumentException {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : BLANK_LINES.split(Whitespace.stripBom(content))) {
            String text = Whitespace.collapse(paragraph);
            if (!text.isEmpty()) {
                blocks.add(new Block(BlockKind.PARAGRAPH, text));
            }
        }
        if (blocks.isEmpty()) {
            throw new UnreadableDocumentException("no text content");
        }
        return new ParsedDocument(Optional.empty(), blocks);
    }
}
