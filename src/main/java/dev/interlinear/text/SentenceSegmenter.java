package dev.interlinear.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/** Splits prose into sentences with ICU's sentence rules. */
public final class SentenceSegmenter {

    public List<String> split(String text, String lang) {
        BreakIterator it = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(lang));
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
