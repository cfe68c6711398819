package dev.interlinear.corpus;

import java.util.List;
import java.util.Optional;

/** What a reader makes of one translation file: its title, if the file gives one, and its blocks in order. */
public record ParsedDocument(Optional<String> title, List<Block> blocks) {
    public ParsedDocument {
        title = title.map(String::strip).filter(t -> !t.isEmpty());
        blocks = List.copyOf(blocks);
    }
}
