package dev.interlinear.facts;

import dev.interlinear.align.ArticleAlignment;
import dev.interlinear.corpus.BlockKind;
import dev.interlinear.quantity.Quantity;
import dev.interlinear.quantity.QuantityExtractor;
import dev.interlinear.quantity.QuantityFinder;
import dev.interlinear.segment.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Extracts the facts of one article from its segmented, aligned translations: figures, quotes with speakers,
 * names merged across translations, and figures that translations state differently. Code lines are left out.
 *
 * <p>Stateless apart from the quantity extractor; thread-safe.
 */
public final class FactExtractor {

    private final QuantityFinder quantities;

    public FactExtractor() {
        this(new QuantityExtractor());
    }

    public FactExtractor(QuantityFinder quantities) {
        this.quantities = Objects.requireNonNull(quantities, "quantities");
    }

    /**
     * @param articleId the article's id, repeated in every fact
     * @param byLang    sentences per translation language tag, as aligned
     * @param alignment the alignment of exactly these sentences
     */
    public ArticleFacts extract(String articleId, Map<String, List<Sentence>> byLang, ArticleAlignment alignment) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(alignment, "alignment");
        Map<String, Set<String>> lowerWords = new HashMap<>();
        Map<String, Map<Integer, TokenizedSentence>> sentences = tokenized(byLang, lowerWords);
        EntityFinder entities = new EntityFinder(alignment, sentences, lowerWords);
        entities.collectNames();

        List<QuantityFact> quantityFacts = new ArrayList<>();
        List<QuoteFact> quotes = new ArrayList<>();
        for (Map<Integer, TokenizedSentence> byIndex : sentences.values()) {
            for (TokenizedSentence v : byIndex.values()) {
                quantityFacts.addAll(quantityFacts(articleId, v));
                for (QuoteFinder.Attributed q : QuoteFinder.find(v, entities::isKnownName)) {
                    quotes.add(new QuoteFact(articleId, v.lang(), v.index(), q.speaker(), q.quote()));
                    entities.addSpeaker(q.speaker(), q.form());
                }
            }
        }
        return new ArticleFacts(
                articleId,
                quantityFacts,
                quotes,
                entities.entities(),
                DiscrepancyFinder.find(articleId, alignment, sentences));
    }

    /** Prepares every sentence once; fills {@code lowerByLang} with the lower-case words of each translation. */
    private Map<String, Map<Integer, TokenizedSentence>> tokenized(
            Map<String, List<Sentence>> byLang, Map<String, Set<String>> lowerByLang) {
        Map<String, Map<Integer, TokenizedSentence>> sentences = new LinkedHashMap<>();
        Map<String, List<Prepared>> prepared = new LinkedHashMap<>();
        // tag -> base language: the sentences of a translation share a handful of tags
        Map<String, String> baseLanguages = new HashMap<>();
        for (Map.Entry<String, List<Sentence>> e : byLang.entrySet()) {
            List<Prepared> list = new ArrayList<>();
            Set<String> lower = new HashSet<>();
            for (Sentence s : e.getValue()) {
                if (s.kind() == BlockKind.CODE) {
                    continue;
                }
                String language =
                        baseLanguages.computeIfAbsent(s.lang() == null ? e.getKey() : s.lang(), Names::baseLanguage);
                List<Quantity> found = quantities.extract(s.text(), language);
                List<WordToken> tokens = WordTokenizer.tokens(s.text(), found);
                for (WordToken t : tokens) {
                    if (t.isLower()) {
                        lower.add(t.key());
                    }
                }
                list.add(new Prepared(s, language, found, tokens));
            }
            prepared.put(e.getKey(), list);
            lowerByLang.put(e.getKey(), lower);
        }
        prepared.forEach((lang, list) -> {
            Map<Integer, TokenizedSentence> byIndex = new LinkedHashMap<>();
            Set<String> lower = lowerByLang.get(lang);
            for (Prepared p : list) {
                List<NameCandidate> names = NameFinder.find(
                        p.tokens(), p.language(), p.sentence().kind() == BlockKind.HEADING, lower::contains);
                byIndex.put(
                        p.sentence().index(),
                        new TokenizedSentence(lang, p.language(), p.sentence(), p.quantities(), p.tokens(), names));
            }
            sentences.put(lang, byIndex);
        });
        return sentences;
    }

    private record Prepared(Sentence sentence, String language, List<Quantity> quantities, List<WordToken> tokens) {}

    private static List<QuantityFact> quantityFacts(String article, TokenizedSentence v) {
        List<QuantityFact> out = new ArrayList<>();
        for (Quantity q : v.quantities()) {
            FactKind.of(q.unit())
                    .ifPresent(kind -> out.add(new QuantityFact(
                            article, v.lang(), v.index(), kind, q, QuantitySurfaces.surface(v.text(), q))));
        }
        return out;
    }
}
