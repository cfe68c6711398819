package dev.interlinear.facts;

import dev.interlinear.align.AlignmentGroup;
import dev.interlinear.align.ArticleAlignment;
import dev.interlinear.quantity.Quantity;
import dev.interlinear.quantity.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Figures that aligned sentences of two translations state differently. Within one alignment group, for each
 * pair of translations and each unit that both state: a value of one side without the same amount on the other
 * is a discrepancy. Values are compared normalised, so formats never differ ("10GW" = "10 GW", "1,5" = "1.5",
 * "Billionen-Dollar" = "trilhões de dólares"). A bare number with the same value also counts as the same amount,
 * since a translation may drop the unit word ("de trilhões,").
 */
final class DiscrepancyFinder {

    private DiscrepancyFinder() {}

    /** A quantity where it was found. */
    private record Located(TokenizedSentence sentence, Quantity quantity) {
        Discrepancy.Side side() {
            return new Discrepancy.Side(
                    sentence.lang(),
                    sentence.index(),
                    sentence.text(),
                    QuantitySurfaces.surface(sentence.text(), quantity),
                    quantity);
        }
    }

    static List<Discrepancy> find(
            String article, ArticleAlignment alignment, Map<String, Map<Integer, TokenizedSentence>> sentences) {
        List<Discrepancy> out = new ArrayList<>();
        for (AlignmentGroup group : alignment.groups()) {
            // each translation's figures once per group, not once per pair it is in; a translation without
            // figures here pairs with none, so only those with figures are kept (most groups keep none)
            List<List<Located>> byLang = new ArrayList<>();
            for (String lang : alignment.languages()) {
                if (!group.sentencesIn(lang).isEmpty() && sentences.containsKey(lang)) {
                    List<Located> located = located(group, lang, sentences);
                    if (!located.isEmpty()) {
                        byLang.add(located);
                    }
                }
            }
            for (int a = 0; a < byLang.size(); a++) {
                for (int b = a + 1; b < byLang.size(); b++) {
                    compare(article, group.id(), byLang.get(a), byLang.get(b), out);
                }
            }
        }
        return out;
    }

    private static void compare(
            String article, int group, List<Located> left, List<Located> right, List<Discrepancy> out) {
        if (left.isEmpty() || right.isEmpty()) {
            return; // most groups: nothing to compare in any unit
        }
        for (Unit unit : Unit.values()) {
            Optional<FactKind> kind = FactKind.of(unit);
            if (kind.isEmpty()) {
                continue;
            }
            List<Located> l = ofUnit(left, unit);
            List<Located> r = ofUnit(right, unit);
            if (l.isEmpty() || r.isEmpty()) {
                continue;
            }
            List<Located> leftAlone =
                    l.stream().filter(x -> !stated(x.quantity(), right)).toList();
            List<Located> rightAlone =
                    r.stream().filter(x -> !stated(x.quantity(), left)).toList();
            // pair the unmatched values in text order; a value left over meets the closest value opposite
            int pairs = Math.max(leftAlone.size(), rightAlone.size());
            for (int i = 0; i < pairs; i++) {
                Located x = i < leftAlone.size() ? leftAlone.get(i) : closest(rightAlone.get(i), l);
                Located y = i < rightAlone.size() ? rightAlone.get(i) : closest(leftAlone.get(i), r);
                out.add(new Discrepancy(article, group, kind.get(), x.side(), y.side()));
            }
        }
    }

    /** Whether the other side states this amount: in the same unit, or as a bare number of the same value. */
    private static boolean stated(Quantity q, List<Located> other) {
        return other.stream()
                .map(Located::quantity)
                .anyMatch(o ->
                        o.sameAmount(q) || (o.unit() == Unit.NONE && o.value().compareTo(q.value()) == 0));
    }

    private static Located closest(Located to, List<Located> candidates) {
        return candidates.stream()
                .min(Comparator.comparingDouble(
                        c -> distance(c.quantity().value(), to.quantity().value())))
                .orElseThrow();
    }

    /** Distance in orders of magnitude, so 7 trillion is closer to 700 billion than to 1 billion. */
    private static double distance(BigDecimal a, BigDecimal b) {
        double x = Math.abs(a.doubleValue());
        double y = Math.abs(b.doubleValue());
        if (x == 0 || y == 0) {
            return Math.abs(x - y);
        }
        return Math.abs(Math.log10(x) - Math.log10(y));
    }

    private static List<Located> ofUnit(List<Located> all, Unit unit) {
        List<Located> out = new ArrayList<>();
        for (Located x : all) {
            if (x.quantity().unit() == unit) {
                out.add(x);
            }
        }
        return out;
    }

    private static List<Located> located(
            AlignmentGroup group, String lang, Map<String, Map<Integer, TokenizedSentence>> sentences) {
        Map<Integer, TokenizedSentence> byIndex = sentences.get(lang);
        List<Located> out = List.of();
        for (int index : group.sentencesIn(lang)) {
            TokenizedSentence v = byIndex.get(index);
            if (v != null && !v.quantities().isEmpty()) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(); // most sentences state no figure: no list for them
                }
                for (Quantity q : v.quantities()) {
                    out.add(new Located(v, q));
                }
            }
        }
        return out;
    }
}
