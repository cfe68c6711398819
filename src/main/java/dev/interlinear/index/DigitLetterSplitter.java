package dev.interlinear.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Puts a space between a digit and a letter that touch ("10GW" becomes "10 GW", "A4" becomes "A 4"), with
 * offsets corrected back to the original text exactly as Lucene's {@code PatternReplaceCharFilter} does for
 * {@code (?<=\p{Nd})(?=\p{L})|(?<=\p{L})(?=\p{Nd})} replaced by a space.
 *
 * <p>Why not that filter: it ran a look-behind regex at every character of every analysed text and was the
 * largest single cost of indexing (a third of all analysis time); this is one pass over the code points.
 */
final class DigitLetterSplitter extends BaseCharFilter {

    private char[] output;
    private int length;
    private int position;

    DigitLetterSplitter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (output == null) {
            fill();
        }
        if (position >= length) {
            return -1;
        }
        int n = Math.min(len, length - position);
        System.arraycopy(output, position, cbuf, off, n);
        position += n;
        return n;
    }

    private void fill() throws IOException {
        StringBuilder in = new StringBuilder();
        char[] buffer = new char[1024];
        for (int n = input.read(buffer); n > 0; n = input.read(buffer)) {
            in.append(buffer, 0, n);
        }
        output = new char[2 * in.length()];
        int inserted = 0;
        for (int i = 0; i < in.length(); ) {
            int cp = Character.codePointAt(in, i);
            if (i > 0) {
                // Like the regex's look-behind, the character before is one UTF-16 unit (a surrogate is neither).
                char before = in.charAt(i - 1);
                boolean split = Character.isDigit(before)
                        ? Character.isLetter(cp)
                        : Character.isLetter(before) && Character.isDigit(cp);
                if (split) {
                    inserted++;
                    // The inserted space maps back as PatternReplaceCharFilter maps it.
                    addOffCorrectMap(i + inserted - 1, -inserted);
                    output[length++] = ' ';
                }
            }
            int width = Character.charCount(cp);
            in.getChars(i, i + width, output, length);
            length += width;
            i += width;
        }
    }
}
