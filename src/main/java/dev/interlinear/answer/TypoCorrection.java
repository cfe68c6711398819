package dev.interlinear.answer;

import dev.interlinear.index.Fields;
import dev.interlinear.lexicon.SpellingDictionaries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * A question word that no sentence has, read as the indexed word it is a typing slip away from ("opneai", "signd",
 * "unterzeichent"): chat questions are typed fast, and an unseen word counts as the rarest of all, so a single slip
 * both loses the match and makes the question look like one about something the articles never name.
 *
 * <p>Lucene's {@link DirectSpellChecker} walks the index's own terms with a Levenshtein automaton (transpositions
 * count as one edit), so only words the articles use are proposed. As in Elasticsearch's {@code AUTO} fuzziness, a
 * short word may be one edit off and a longer one two; words shorter than {@value #MIN_LENGTH} are left alone (at one
 * edit nearly every short word is another word), and so is the first letter.
 */
final class TypoCorrection {

    static final int MIN_LENGTH = 4;
    /** From this length on a word may be two edits off. */
    static final int TWO_EDITS_FROM = 6;

    /** Suggestions asked of each field: the checker orders them by its own score; ours is edits, then frequency. */
    private static final int SUGGESTIONS = 5;

    private final SpellingDictionaries spelling;
    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    TypoCorrection(SpellingDictionaries spelling) {
        this.spelling = spelling;
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setAccuracy(0f); // the edit limit is the rule; the default accuracy would cut long words' two edits
        return checker;
    }

    /**
     * A word read as a term of the articles.
     *
     * @param term      the term, as the index has it
     * @param documents how many sentences have it in the field it was found in (0 for a word a dictionary translates:
     *                  its translations say how common it is)
     */
    record Correction(String term, long documents) {}

    /**
     * The term a word is most likely a slip of: a term of the question language's sentences where some article has
     * that language, else of every language's (names are spelt alike in all of them), or a word of the question's
     * language that a dictionary translates into the articles' terms. Fewest edits first, then the term the most
     * sentences have. Empty when nothing is near enough, when the language's spelling dictionary knows the word as
     * written (a real word the articles happen not to use), or when there is no dictionary for the language.
     *
     * @param term       the word as the question language's analyser indexes it
     * @param written    the word as typed, in lower case
     * @param translated the question language's stems that have translations (empty where every article has it)
     */
    Optional<Correction> correct(
            String term, String written, String lang, IndexReader reader, Collection<String> translated)
            throws IOException {
        int length = term.codePointCount(0, term.length());
        if (length < MIN_LENGTH
                || !term.codePoints().allMatch(TypoCorrection::letterOrMark)
                || !spelling.covers(lang)) {
            return Optional.empty();
        }
        int maxEdits = length >= TWO_EDITS_FROM ? 2 : 1;
        DirectSpellChecker checker = maxEdits == 2 ? twoEdits : oneEdit;
        Correction best = null;
        int bestEdits = Integer.MAX_VALUE;
        for (String field : fields(lang, reader)) {
            for (SuggestWord w : checker.suggestSimilar(
                    new Term(field, term), SUGGESTIONS, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                int edits = edits(term, w.string);
                if (edits < bestEdits || (edits == bestEdits && w.freq > best.documents())) {
                    best = new Correction(w.string, w.freq);
                    bestEdits = edits;
                }
            }
        }
        int first = term.codePointAt(0);
        for (String key : translated) {
            if (key.isEmpty()
                    || key.codePointAt(0) != first
                    || Math.abs(key.codePointCount(0, key.length()) - length) > maxEdits) {
                continue;
            }
            int edits = edits(term, key);
            if (edits <= maxEdits && edits < bestEdits) { // an index term at the same distance is kept
                best = new Correction(key, 0);
                bestEdits = edits;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        // Asked only now: most unseen words have no near term, and reading a dictionary takes up to a second or so.
        // Without a dictionary a word the articles lack cannot be told from a slip, and is taken as written:
        // correcting every such word answered more of the questions the articles do not answer.
        return spelling.check(lang, written) == SpellingDictionaries.Verdict.UNKNOWN
                ? Optional.of(best)
                : Optional.empty();
    }

    /** Letters and the combining marks inside words (Devanagari vowel signs, accents typed apart). */
    private static boolean letterOrMark(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Edits between two words, counted in code points as the spell checker's automaton counts them: a letter added,
     * dropped or replaced, or two neighbours swapped (optimal string alignment).
     */
    static int edits(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }

    private static List<String> fields(String lang, IndexReader reader) throws IOException {
        String own = Fields.body(lang);
        if (reader.getDocCount(own) > 0) {
            return List.of(own);
        }
        List<String> out = new ArrayList<>();
        for (FieldInfo f : FieldInfos.getMergedFieldInfos(reader)) {
            if (f.getName().startsWith(Fields.BODY_PREFIX)) {
                out.add(f.getName());
            }
        }
        return out;
    }
}
