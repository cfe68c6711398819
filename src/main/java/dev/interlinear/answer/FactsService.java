package dev.interlinear.answer;

import dev.interlinear.facts.Discrepancy;
import dev.interlinear.facts.FactBook;
import dev.interlinear.facts.FactKind;
import dev.interlinear.facts.QuantityFact;
import dev.interlinear.facts.QuoteFact;
import dev.interlinear.index.IndexedSentence;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.language.Languages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Specific facts for front ends: figures, quotes and discrepancies, each with its sentence and link, taken
 * from the asker's translation where the article has one (else from its first translation).
 */
public final class FactsService {

    private final SentenceIndex index;
    private final FactBook facts;
    private final Links links;

    public FactsService(SentenceIndex index, FactBook facts, Links links) {
        this.index = index;
        this.facts = facts;
        this.links = links;
    }

    /** The figures of one article or of all, optionally of one kind. */
    public List<FactLine> numbers(Optional<String> article, Optional<FactKind> kind, String lang) {
        Map<String, String> chosen = translationsFor(lang);
        return facts.quantities(article, kind).stream()
                .filter(q -> q.lang().equals(chosen.get(q.article())))
                .map(this::line)
                .toList();
    }

    /** The facts about a topic: a fact kind's name ("MONEY"), or a person or organisation. */
    public List<FactLine> about(String topic, String lang) {
        Optional<FactKind> kind = kindNamed(topic);
        if (kind.isPresent()) {
            return numbers(Optional.empty(), kind, lang);
        }
        Map<String, String> chosen = translationsFor(lang);
        List<FactLine> out = new ArrayList<>();
        facts.quantitiesMentioning(topic).stream()
                .filter(q -> q.lang().equals(chosen.get(q.article())))
                .map(this::line)
                .forEach(out::add);
        out.addAll(quotes(topic, lang));
        return out;
    }

    /** What a person is quoted as saying. */
    public List<FactLine> quotes(String person, String lang) {
        Map<String, String> chosen = translationsFor(lang);
        return facts.quotes(Optional.of(person)).stream()
                .filter(q -> q.lang().equals(chosen.get(q.article())))
                .map(this::line)
                .toList();
    }

    public List<DiscrepancyView> discrepancies(Optional<String> article) {
        return facts.discrepancies(article).stream()
                .map(d -> new DiscrepancyView(
                        d.article(), d.kind().name(), side(d.article(), d.left()), side(d.article(), d.right())))
                .toList();
    }

    /** People and organisations whose name contains the typed text (accents and case ignored). */
    public List<String> entities(String typed) {
        return matching(facts.entityNames(), typed);
    }

    public List<String> speakers(String typed) {
        return matching(facts.speakers(), typed);
    }

    public List<String> articles(String typed) {
        return matching(
                index.translations().stream()
                        .map(IndexedSentence::article)
                        .distinct()
                        .toList(),
                typed);
    }

    public static Optional<FactKind> kindNamed(String name) {
        for (FactKind k : FactKind.values()) {
            if (k.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private FactLine line(QuantityFact q) {
        IndexedSentence s = sentence(q.article(), q.lang(), q.sentenceIndex());
        return new FactLine(
                q.article(),
                q.lang(),
                q.sentenceIndex(),
                q.kind().name(),
                q.surface(),
                s == null ? "" : s.text(),
                link(q.article(), q.lang(), q.sentenceIndex(), s));
    }

    private FactLine line(QuoteFact q) {
        IndexedSentence s = sentence(q.article(), q.lang(), q.sentenceIndex());
        return new FactLine(
                q.article(),
                q.lang(),
                q.sentenceIndex(),
                "QUOTE",
                q.speaker(),
                q.quote(),
                link(q.article(), q.lang(), q.sentenceIndex(), s));
    }

    private DiscrepancyView.Side side(String article, Discrepancy.Side side) {
        IndexedSentence s = sentence(article, side.lang(), side.sentenceIndex());
        return new DiscrepancyView.Side(
                side.lang(),
                side.sentenceIndex(),
                side.surface(),
                side.sentence(),
                link(article, side.lang(), side.sentenceIndex(), s));
    }

    private IndexedSentence sentence(String article, String lang, int n) {
        return index.sentence(article, lang, n).orElse(null);
    }

    private String link(String article, String lang, int n, IndexedSentence s) {
        return s == null ? links.reader(article, lang, n) : links.sentence(article, lang, n, s.url(), s.fragment());
    }

    /** For each article, the translation to take facts from: the asker's language, else the first one. */
    private Map<String, String> translationsFor(String lang) {
        String base = Languages.base(lang);
        Map<String, String> chosen = new LinkedHashMap<>();
        for (IndexedSentence t : index.translations()) {
            String current = chosen.get(t.article());
            if (current == null
                    || (!Languages.base(current).equals(base)
                            && Languages.base(t.lang()).equals(base))) {
                chosen.put(t.article(), t.lang());
            }
        }
        return chosen;
    }

    private static List<String> matching(List<String> names, String typed) {
        return names.stream().filter(n -> FactBook.nameContains(n, typed)).toList();
    }
}
