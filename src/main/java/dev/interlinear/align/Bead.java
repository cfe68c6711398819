package dev.interlinear.align;

import java.util.List;

/**
 * One unit of an alignment between two translations: sentence indices on each side that say the same
 * thing. Either side may be empty (a sentence with no counterpart); 2:1 and 1:2 beads are common.
 */
public record Bead(List<Integer> left, List<Integer> right) {
    public Bead {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}
