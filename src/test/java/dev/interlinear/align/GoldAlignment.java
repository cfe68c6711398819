package dev.interlinear.align;

import dev.interlinear.segment.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A hand-made gold alignment (format: see the header of {@code src/test/resources/align/openai-compute.gold}) and
 * the accuracy of a system alignment against it.
 *
 * <p>Gold beads name sentences by their starts so the gold survives changes of the segmenter. Matching:
 * <ol>
 *   <li>each gold start, in document order, maps to the next sentence that begins with it (ignoring a leading
 *       list number such as "1." and collapsing whitespace): its head sentence;</li>
 *   <li>a sentence no gold start maps to is a fragment left by a cruder segmenter (a lone "2.", or
 *       "Wei, äußerte: ..." after "Der CEO von TSMC, C.C.") and belongs to the gold sentence before it;</li>
 *   <li>system beads are projected onto gold sentences, and consecutive projected beads that share a gold
 *       sentence are merged (a fragment aligned on its own with its counterpart fragment rejoins its sentence);</li>
 *   <li>a gold bead is reproduced when a merged projected bead has exactly its gold sentences on both sides.</li>
 * </ol>
 */
final class GoldAlignment {

    record GoldBead(List<String> left, List<String> right) {}

    /** A system bead seen through the gold: the gold sentence ids on each side. */
    private record Projected(Set<Integer> left, Set<Integer> right) {}

    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,3}[.)]\\s*");

    final String leftLang;
    final String rightLang;
    final List<GoldBead> beads;

    private GoldAlignment(String leftLang, String rightLang, List<GoldBead> beads) {
        this.leftLang = leftLang;
        this.rightLang = rightLang;
        this.beads = List.copyOf(beads);
    }

    static GoldAlignment parse(List<String> lines) {
        String leftLang = null;
        String rightLang = null;
        List<GoldBead> beads = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split(" \\| ", -1);
            if (sides.length != 2) {
                throw new IllegalArgumentException("a bead needs exactly one ' | ': " + line);
            }
            List<String[]> left = side(sides[0]);
            List<String[]> right = side(sides[1]);
            for (String[] s : left) {
                leftLang = sameLang(leftLang, s[0], line);
            }
            for (String[] s : right) {
                rightLang = sameLang(rightLang, s[0], line);
            }
            beads.add(new GoldBead(
                    left.stream().map(s -> s[1]).toList(),
                    right.stream().map(s -> s[1]).toList()));
        }
        return new GoldAlignment(leftLang, rightLang, beads);
    }

    private static List<String[]> side(String text) {
        if (text.strip().equals("-")) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        for (String part : text.split(" \\+ ")) {
            int colon = part.indexOf(": ");
            if (colon < 0) {
                throw new IllegalArgumentException("expected '<lang>: <start>': " + part);
            }
            out.add(new String[] {
                part.substring(0, colon).strip(), part.substring(colon + 2).strip()
            });
        }
        return out;
    }

    private static String sameLang(String known, String lang, String line) {
        if (known != null && !known.equals(lang)) {
            throw new IllegalArgumentException("mixed languages on one side: " + line);
        }
        return lang;
    }

    /** Fraction of gold beads the system beads reproduce exactly (beads hold sentence positions = indices). */
    double accuracy(List<Sentence> left, List<Sentence> right, List<Bead> system) {
        int[] leftGold = goldSentenceOf(left, beads.stream().map(GoldBead::left).toList());
        int[] rightGold =
                goldSentenceOf(right, beads.stream().map(GoldBead::right).toList());

        List<Projected> merged = new ArrayList<>();
        for (Bead b : system) {
            Projected projected = new Projected(new HashSet<>(), new HashSet<>());
            b.left().forEach(i -> projected.left().add(leftGold[i]));
            b.right().forEach(i -> projected.right().add(rightGold[i]));
            Projected last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null
                    && (intersects(last.left(), projected.left()) || intersects(last.right(), projected.right()))) {
                last.left().addAll(projected.left());
                last.right().addAll(projected.right());
            } else {
                merged.add(projected);
            }
        }
        Set<Projected> produced = new HashSet<>(merged);

        int reproduced = 0;
        int leftId = 0;
        int rightId = 0;
        for (GoldBead g : beads) {
            Set<Integer> l = new HashSet<>();
            Set<Integer> r = new HashSet<>();
            for (int k = 0; k < g.left().size(); k++) {
                l.add(leftId++);
            }
            for (int k = 0; k < g.right().size(); k++) {
                r.add(rightId++);
            }
            if (produced.contains(new Projected(l, r))) {
                reproduced++;
            }
        }
        return (double) reproduced / beads.size();
    }

    /** For each sentence position, the id of the gold sentence (in document order over all beads) it belongs to. */
    private static int[] goldSentenceOf(List<Sentence> sentences, List<List<String>> startsPerBead) {
        List<String> starts = startsPerBead.stream().flatMap(List::stream).toList();
        int[] gold = new int[sentences.size()];
        java.util.Arrays.fill(gold, -1);
        int next = 0;
        for (int id = 0; id < starts.size(); id++) {
            String start = normalise(starts.get(id));
            int pos = next;
            while (pos < sentences.size() && !matches(sentences.get(pos).text(), start)) {
                pos++;
            }
            if (pos == sentences.size()) {
                throw new IllegalStateException("gold sentence start not found in order: \"" + starts.get(id) + "\"");
            }
            gold[pos] = id;
            next = pos + 1;
        }
        for (int pos = 0; pos < gold.length; pos++) {
            if (gold[pos] < 0) {
                gold[pos] = pos == 0 ? 0 : gold[pos - 1];
            }
        }
        return gold;
    }

    private static boolean matches(String sentence, String normalisedStart) {
        String s = normalise(sentence);
        return !s.isEmpty() && !normalisedStart.isEmpty() && s.startsWith(normalisedStart);
    }

    private static String normalise(String text) {
        String collapsed = text.strip().replaceAll("\\s+", " ");
        return LIST_NUMBER.matcher(collapsed).replaceFirst("");
    }

    private static boolean intersects(Set<Integer> a, Set<Integer> b) {
        for (int x : b) {
            if (a.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
