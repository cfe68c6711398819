package dev.interlinear.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The answer JSON of DESIGN.md, shared by {@code ask --json} and the web API. */
public final class AnswerJson {

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode toJson(AnswerResult r) {
        ObjectNode root = mapper.createObjectNode();
        root.put("question", r.question());
        root.put("language", r.language());
        root.put("answered", r.answered());
        root.put("fallback", r.fallback());
        r.answer().ifPresent(a -> {
            ObjectNode answer = root.putObject("answer");
            answer.put("article", a.article());
            answer.put("title", a.title());
            answer.put("lang", a.lang());
            a.textLang().ifPresent(t -> answer.put("textLang", t));
            answer.put("sentenceIndex", a.sentenceIndex());
            answer.put("sentence", a.sentence());
            ArrayNode context = answer.putArray("context");
            a.context().forEach(context::add);
            answer.put("link", a.link());
            a.readerLink().ifPresent(l -> answer.put("readerLink", l));
            answer.put("score", a.score());
            a.discrepancy().ifPresent(d -> {
                ObjectNode n = answer.putObject("discrepancy");
                n.put("lang", d.lang());
                n.put("sentenceIndex", d.sentenceIndex());
                n.put("figure", d.figure());
                n.put("ownFigure", d.ownFigure());
                n.put("link", d.link());
            });
            ArrayNode translations = answer.putArray("translations");
            for (AlignedSentence t : a.translations()) {
                ObjectNode n = translations.addObject();
                n.put("lang", t.lang());
                n.put("sentenceIndex", t.sentenceIndex());
                n.put("sentence", t.sentence());
                n.put("link", t.link());
            }
        });
        ArrayNode alternatives = root.putArray("alternatives");
        for (Alternative alt : r.alternatives()) {
            ObjectNode n = alternatives.addObject();
            n.put("article", alt.article());
            n.put("lang", alt.lang());
            n.put("sentenceIndex", alt.sentenceIndex());
            n.put("sentence", alt.sentence());
            n.put("score", alt.score());
            n.put("link", alt.link());
        }
        return root;
    }

    public String toString(AnswerResult r) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(r));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
