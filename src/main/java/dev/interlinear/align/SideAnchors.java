package dev.interlinear.align;

import dev.interlinear.language.Folding;
import dev.interlinear.segment.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anchors of one translation as strings, sentence by sentence, with their document frequencies. Found once
 * per translation: the pivot's serve the alignment of every other translation to it.
 */
record SideAnchors(
        List<Set<String>> numbers,
        List<Set<String>> names,
        List<Set<String>> cognates,
        Map<String, Integer> numberDf,
        Map<String, Integer> nameDf,
        Map<String, Integer> cognateDf,
        List<Boolean> quotes) {

    static SideAnchors of(List<Sentence> sentences) {
        SideAnchors side = new SideAnchors(
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new HashMap<>(),
                new HashMap<>(),
                new HashMap<>(),
                new ArrayList<>());
        for (Sentence s : sentences) {
            Set<String> nums = new HashSet<>(AnchorText.numbers(s.text()));
            Set<String> nameSet = new HashSet<>();
            Set<String> cognateSet = new HashSet<>();
            for (AnchorText.Word w : AnchorText.words(s.text())) {
                String folded = Folding.fold(w.text());
                if (AnchorText.isName(w)) {
                    nameSet.add(folded);
                } else if (AnchorText.cognateKey(folded) != null) {
                    cognateSet.add(AnchorText.cognateKey(folded));
                }
            }
            side.quotes.add(AnchorText.hasQuote(s.text()));
            side.numbers.add(nums);
            side.names.add(nameSet);
            side.cognates.add(cognateSet);
            nums.forEach(n -> side.numberDf.merge(n, 1, Integer::sum));
            nameSet.forEach(n -> side.nameDf.merge(n, 1, Integer::sum));
            cognateSet.forEach(c -> side.cognateDf.merge(c, 1, Integer::sum));
        }
        return side;
    }
}
