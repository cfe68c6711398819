package dev.interlinear.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds {@link NameCandidate}s in the words of one sentence, by shape alone: acronyms and CamelCase words stand
 * alone; runs of capitalised words (initials may open them) are multiword names; a capitalised word on its own is
 * a candidate that needs evidence from another translation.
 */
final class NameFinder {

    private NameFinder() {}

    /**
     * @param language         base language of the sentence text
     * @param heading          the sentence is a heading (possibly title case)
     * @param lowerElsewhere   whether a folded word is also written in lower case in this translation: then its
     *                         capital at the start of a sentence is only the sentence's
     */
    static List<NameCandidate> find(
            List<WordToken> tokens, String language, boolean heading, Predicate<String> lowerElsewhere) {
        List<NameCandidate> out = new ArrayList<>();
        List<WordToken> run = new ArrayList<>();
        for (WordToken t : tokens) {
            boolean runWord = t.shape() == WordToken.Shape.CAPITALISED || t.shape() == WordToken.Shape.INITIALS;
            if (!run.isEmpty() && (!runWord || !t.joined() || t.clauseInitial())) {
                addRun(run, language, heading, lowerElsewhere, out);
                run.clear();
            }
            switch (t.shape()) {
                case CAPITALISED, INITIALS -> run.add(t);
                case ACRONYM -> out.add(new NameCandidate(List.of(t), NameEvidence.ACRONYM, false));
                case CAMEL_CASE -> out.add(new NameCandidate(List.of(t), NameEvidence.CAMEL_CASE, false));
                default -> {}
            }
        }
        addRun(run, language, heading, lowerElsewhere, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void addRun(
            List<WordToken> words,
            String language,
            boolean heading,
            Predicate<String> lowerElsewhere,
            List<NameCandidate> out) {
        List<WordToken> run = new ArrayList<>(words);
        // "The", "Naquela", "Der": function words, and sentence-initial words also written in lower case
        while (!run.isEmpty()
                && (Lexicon.isFunctionWord(run.getFirst().key(), language)
                        || (run.getFirst().clauseInitial()
                                && lowerElsewhere.test(run.getFirst().key())))) {
            run.removeFirst();
        }
        while (!run.isEmpty()
                && (run.getLast().shape() == WordToken.Shape.INITIALS
                        || Lexicon.isFunctionWord(run.getLast().key(), language))) {
            run.removeLast();
        }
        if (run.isEmpty()) {
            return;
        }
        if (run.size() == 1) {
            out.add(new NameCandidate(run, NameEvidence.CROSS_TRANSLATION, true));
            return;
        }
        NameEvidence form =
                run.getFirst().shape() == WordToken.Shape.INITIALS ? NameEvidence.INITIALS : NameEvidence.MULTIWORD;
        boolean nounsCapitalised = language.equals("de") || language.equals("lb");
        out.add(new NameCandidate(run, form, heading || (nounsCapitalised && form == NameEvidence.MULTIWORD)));
    }
}
