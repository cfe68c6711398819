package dev.interlinear.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link FactExtractor} found in one article, over all its translations.
 *
 * @param quantities    in translation order, then sentence order, then text order
 * @param quotes        in translation order, then sentence order
 * @param entities      sorted by key
 * @param discrepancies in group order
 */
public record ArticleFacts(
        String article,
        List<QuantityFact> quantities,
        List<QuoteFact> quotes,
        List<Entity> entities,
        List<Discrepancy> discrepancies) {

    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        discrepancies = List.copyOf(discrepancies);
    }

    /** The quantities of one kind, in all translations. */
    public List<QuantityFact> quantitiesOf(FactKind kind) {
        return quantities.stream().filter(q -> q.kind() == kind).toList();
    }

    /** The entity a name refers to: its key, its name or one of its aliases, in any case or accents. */
    public Optional<Entity> entityCalled(String name) {
        String key = Names.key(name);
        return entities.stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .or(() -> entities.stream().filter(e -> e.isCalled(name)).findFirst());
    }

    /** The entity that speaks a quote. */
    public Optional<Entity> speakerOf(QuoteFact quote) {
        return entityCalled(quote.speaker());
    }
}
