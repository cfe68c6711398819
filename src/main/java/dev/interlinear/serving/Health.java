package dev.interlinear.serving;

import dev.interlinear.index.SentenceIndex;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What each part of a running service is doing, as {@code /health} and the logs tell it. Parts report
 * themselves (the index, the language model, the facts, Discord); nothing here guesses. A part that is
 * {@linkplain State#DOWN down} and {@linkplain Part#essential() essential} means answers cannot be given.
 */
public final class Health {

    /** The index being served. */
    public static final String INDEX = "index";
    /** The language detector's model. */
    public static final String LANGUAGE_MODEL = "language-model";
    /** The extracted facts of every article (the facts commands). */
    public static final String FACTS = "facts";
    /** The connection to Discord (only in a process that runs the bot). */
    public static final String DISCORD = "discord";

    /** A part's state. */
    public enum State {
        /** Working; not yet reported counts as this (a part starting up). */
        OK,
        /** Working from an older state than the one on disk (a rebuild failed); the detail says why. */
        STALE,
        /** Not working; the detail says why. */
        DOWN
    }

    /**
     * @param essential whether answers cannot be given while it is down
     * @param detail    what it is doing, or why it is stale or down; empty when there is nothing to say
     */
    public record Part(String name, State state, boolean essential, String detail) {
        public Part {
            Objects.requireNonNull(name);
            Objects.requireNonNull(state);
            detail = detail == null ? "" : detail;
        }
    }

    /** The overall state: unavailable when an essential part is down. */
    public enum Overall {
        OK("ok"),
        STALE("stale"),
        DEGRADED("degraded"),
        UNAVAILABLE("unavailable");

        private final String label;

        Overall(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Map<String, Part> parts = new ConcurrentSkipListMap<>();

    public void ok(String part, boolean essential, String detail) {
        parts.put(part, new Part(part, State.OK, essential, detail));
    }

    public void stale(String part, boolean essential, String reason) {
        parts.put(part, new Part(part, State.STALE, essential, reason));
    }

    public void down(String part, boolean essential, String reason) {
        parts.put(part, new Part(part, State.DOWN, essential, reason));
    }

    /** Reports the served index: stale with the reason, down when it holds no sentence, else ok. */
    public void index(SentenceIndex index, Optional<String> stale) {
        if (stale.isPresent()) {
            stale(INDEX, true, stale.get() + "; serving the previous index");
        } else if (index.size() == 0) {
            down(INDEX, true, "the index holds no sentence");
        } else {
            ok(INDEX, true, index.size() + " sentences (" + index.generation().getFileName() + ")");
        }
    }

    /** Every reported part, by name. */
    public List<Part> parts() {
        return List.copyOf(parts.values());
    }

    public Overall overall() {
        Overall out = Overall.OK;
        for (Part p : parts.values()) {
            if (p.state() == State.DOWN && p.essential()) {
                return Overall.UNAVAILABLE;
            }
            if (p.state() == State.DOWN) {
                out = Overall.DEGRADED;
            } else if (p.state() == State.STALE && out == Overall.OK) {
                out = Overall.STALE;
            }
        }
        return out;
    }
}
