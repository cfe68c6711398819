package dev.interlinear.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The read side of the sentence index: one generation opened read-only (memory-mapped), searched through a
 * {@link SearcherManager} so that a newer generation can be swapped in without disturbing running queries.
 */
public final class SentenceIndex implements Closeable {

    /** How many hits beyond those kept a search reads, to order ties across the cut (see inStableOrder). */
    private static final int TIE_MARGIN = 8;

    private final Path generation;
    private final Directory directory;
    private final SearcherManager searchers;
    private final Set<String> languages;
    private final LanguageCoverage coverage;

    private SentenceIndex(Path generation, Directory directory) throws IOException {
        this.generation = generation;
        this.directory = directory;
        this.searchers = new SearcherManager(directory, null);
        this.languages = readLanguages();
        IndexSearcher searcher = searchers.acquire();
        try {
            this.coverage = LanguageCoverage.read(searcher.getIndexReader(), languages);
        } finally {
            searchers.release(searcher);
        }
    }

    public static SentenceIndex open(Path generation) {
        try {
            return new SentenceIndex(generation, FSDirectory.open(generation));
        } catch (IOException e) {
            throw new IndexException("cannot open the index at " + generation + ": " + e.getMessage(), e);
        }
    }

    /** The folder of this index generation, where files built with it (facts) are kept too. */
    public Path generation() {
        return generation;
    }

    /** Runs a function with a searcher acquired for its duration. */
    public <T> T withSearcher(SearcherFunction<T> function) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ScoredSentence> search(Query query, int n) {
        return search(query, n, Fields.SENTENCE, List.of());
    }

    /**
     * The top hits, each with those of {@code terms} that its {@code field} holds, read from the postings of
     * the same searcher: the ranker learns which question stems a candidate has without analysing its text. For a
     * body field, each hit also says which of the terms its passage holds (the sentence before it and its
     * heading, {@link Fields#PASSAGE_PREFIX}), read the same way: no neighbouring document is read.
     */
    public List<ScoredSentence> search(Query query, int n, String field, Collection<String> terms) {
        return search(query, n, terms.isEmpty() ? Map.of() : Map.of(field, terms));
    }

    /**
     * The same for terms of several fields: each hit says which of them its fields hold (a sentence has one body
     * field, that of its language, so the terms of each language's field reach only that language's sentences).
     */
    public List<ScoredSentence> search(Query query, int n, Map<String, ? extends Collection<String>> termsByField) {
        return withSearcher(searcher -> {
            TopDocs top = inStableOrder(searcher, searcher.search(query, n + TIE_MARGIN), n);
            StoredFields stored = searcher.storedFields();
            Map<Integer, Set<String>> held = new HashMap<>();
            Map<Integer, Set<String>> inPassage = new HashMap<>();
            for (var e : termsByField.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                merge(held, termsHeld(searcher, top, e.getKey(), e.getValue()));
                if (e.getKey().startsWith(Fields.BODY_PREFIX)) {
                    merge(inPassage, termsHeld(searcher, top, Fields.passageOfBody(e.getKey()), e.getValue()));
                }
            }
            List<ScoredSentence> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(new ScoredSentence(
                        toSentence(stored.document(sd.doc)),
                        sd.score,
                        held.getOrDefault(sd.doc, Set.of()),
                        inPassage.getOrDefault(sd.doc, Set.of())));
            }
            return out;
        });
    }

    private static void merge(Map<Integer, Set<String>> into, Map<Integer, Set<String>> more) {
        more.forEach(
                (doc, terms) -> into.computeIfAbsent(doc, d -> new HashSet<>()).addAll(terms));
    }

    /**
     * The first {@code n} hits by score, equal scores in {@link Fields#ORDER}: Lucene breaks ties by document id,
     * which differs between two builds of the same articles. The search asks for {@value #TIE_MARGIN} more hits
     * than it keeps, so that a tie across the cut is decided here too.
     */
    private static TopDocs inStableOrder(IndexSearcher searcher, TopDocs top, int n) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, Long> order = new HashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            NumericDocValues values = leaf.reader().getNumericDocValues(Fields.ORDER);
            order.put(sd.doc, values != null && values.advanceExact(sd.doc - leaf.docBase) ? values.longValue() : 0L);
        }
        ScoreDoc[] sorted = top.scoreDocs.clone();
        Arrays.sort(
                sorted,
                Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingLong(sd -> order.get(sd.doc)));
        return new TopDocs(top.totalHits, Arrays.copyOf(sorted, Math.min(n, sorted.length)));
    }

    /** For each hit, which of the terms its field holds. */
    private static Map<Integer, Set<String>> termsHeld(
            IndexSearcher searcher, TopDocs top, String field, Collection<String> terms) throws IOException {
        int[] docs =
                Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).sorted().toArray();
        Map<Integer, Set<String>> out = new HashMap<>();
        for (String term : new LinkedHashSet<>(terms)) {
            for (int doc : holding(searcher, docs, new Term(field, term))) {
                out.computeIfAbsent(doc, d -> new HashSet<>()).add(term);
            }
        }
        return out;
    }

    /** Those of the documents (ascending) that hold the term: one walk over its postings, advancing doc to doc. */
    private static Set<Integer> holding(IndexSearcher searcher, int[] docs, Term term) throws IOException {
        Set<Integer> out = new HashSet<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leaf = -1;
        PostingsEnum postings = null;
        for (int doc : docs) {
            int l = ReaderUtil.subIndex(doc, leaves);
            if (l != leaf) {
                leaf = l;
                postings = postings(leaves.get(l).reader(), term);
            }
            int local = doc - leaves.get(l).docBase;
            if (postings != null
                    && postings.docID() <= local
                    && (postings.docID() == local || postings.advance(local) == local)) {
                out.add(doc);
            }
        }
        return out;
    }

    /**
     * How many sentences of translation {@code lang} an alignment group holds: one where the sentence was translated
     * as one, more where a translation split it (a German pair of sentences aligned with one Portuguese sentence).
     */
    public int sentencesInGroup(String group, String lang) {
        return withSearcher(searcher -> docsWithAll(
                        searcher,
                        new Term(Fields.ARTICLE, Fields.groupArticle(group)),
                        new Term(Fields.GROUP_KEY, Fields.groupKey(group)),
                        new Term(Fields.LANG, lang))
                .size());
    }

    /**
     * The sentences of one alignment group in every translation but {@code exceptLang}, ordered by language and
     * position. The excepted translation's are left unread: a stored document costs a decompression.
     */
    public List<IndexedSentence> group(String group, String exceptLang) {
        return withSearcher(searcher -> {
            int[] docs = docsWithAll(
                            searcher,
                            new Term(Fields.ARTICLE, Fields.groupArticle(group)),
                            new Term(Fields.GROUP_KEY, Fields.groupKey(group)))
                    .stream()
                    .mapToInt(Integer::intValue)
                    .toArray();
            Set<Integer> excepted = holding(searcher, docs, new Term(Fields.LANG, exceptLang));
            StoredFields stored = searcher.storedFields();
            List<IndexedSentence> out = new ArrayList<>();
            for (int doc : docs) {
                if (!excepted.contains(doc)) {
                    out.add(toSentence(stored.document(doc)));
                }
            }
            out.sort(Comparator.comparing(IndexedSentence::lang).thenComparingInt(IndexedSentence::index));
            return out;
        });
    }

    /**
     * The texts of the sentences before and after one in its translation, empty at either end. Looked up when an
     * answer shows them, rather than stored with every sentence: that tripled the text the index build stored.
     */
    public List<String> neighbours(String article, String lang, int index) {
        return withSearcher(searcher ->
                List.of(textAt(searcher, article, lang, index - 1), textAt(searcher, article, lang, index + 1)));
    }

    private static String textAt(IndexSearcher searcher, String article, String lang, int index) throws IOException {
        if (index < 0) {
            return "";
        }
        List<Integer> docs = docsOfSentence(searcher, article, lang, index);
        return docs.isEmpty()
                ? ""
                : Optional.ofNullable(searcher.storedFields()
                                .document(docs.get(0), Set.of(Fields.SENTENCE))
                                .get(Fields.SENTENCE))
                        .orElse("");
    }

    public Optional<IndexedSentence> sentence(String article, String lang, int index) {
        return withSearcher(searcher -> {
            List<Integer> docs = docsOfSentence(searcher, article, lang, index);
            return docs.isEmpty()
                    ? Optional.empty()
                    : Optional.of(toSentence(searcher.storedFields().document(docs.get(0))));
        });
    }

    /** The document of a sentence (at most one), by its key: article, translation and position. */
    private static List<Integer> docsOfSentence(IndexSearcher searcher, String article, String lang, int index)
            throws IOException {
        return docsWithAll(
                searcher,
                new Term(Fields.ARTICLE, article),
                new Term(Fields.LANG, lang),
                new Term(Fields.INDEX_KEY, Integer.toString(index)));
    }

    /**
     * The live documents holding every one of the terms (the first the rarest), read straight from their postings:
     * a lookup by key needs no scores and no top-n queue (which a search for "up to 1000 hits" allocates in full).
     */
    private static List<Integer> docsWithAll(IndexSearcher searcher, Term... terms) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PostingsEnum[] postings = new PostingsEnum[terms.length];
            for (int k = 0; k < terms.length && (k == 0 || postings[k - 1] != null); k++) {
                postings[k] = postings(leaf.reader(), terms[k]);
            }
            if (postings[terms.length - 1] == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            int doc = postings[0].nextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS) {
                int ahead = doc;
                for (int k = 1; k < terms.length && ahead == doc; k++) {
                    ahead = postings[k].docID() < doc ? postings[k].advance(doc) : postings[k].docID();
                }
                if (ahead != doc) {
                    doc = postings[0].advance(ahead);
                    continue;
                }
                if (live == null || live.get(doc)) {
                    out.add(leaf.docBase + doc);
                }
                doc = postings[0].nextDoc();
            }
        }
        return out;
    }

    /** The postings of a term in one segment, or null when the segment lacks it. */
    static PostingsEnum postings(LeafReader reader, Term term) throws IOException {
        Terms terms = reader.terms(term.field());
        TermsEnum it = terms == null ? null : terms.iterator();
        return it == null || !it.seekExact(term.bytes()) ? null : it.postings(null, PostingsEnum.NONE);
    }

    /** Whether the article has a translation in this primary language. */
    public boolean hasTranslation(String article, String lang) {
        return withSearcher(searcher -> {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.ARTICLE, article)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.LANG_BASE, lang)), BooleanClause.Occur.FILTER)
                    .build();
            return searcher.count(q) > 0;
        });
    }

    /** Which articles lack a translation in each primary language. */
    public LanguageCoverage coverage() {
        return coverage;
    }

    /** All sentences of one translation, in order; empty when the article or translation is unknown. */
    public List<IndexedSentence> translation(String article, String lang) {
        return withSearcher(searcher -> {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.ARTICLE, article)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.LANG, lang)), BooleanClause.Occur.FILTER)
                    .build();
            int count = searcher.count(q);
            if (count == 0) {
                return List.of();
            }
            TopDocs top = searcher.search(q, count);
            StoredFields stored = searcher.storedFields();
            List<IndexedSentence> out = new ArrayList<>(count);
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(toSentence(stored.document(sd.doc)));
            }
            out.sort(Comparator.comparingInt(IndexedSentence::index));
            return out;
        });
    }

    /** Every translation in the index (from its first sentence), by article id then language tag. */
    public List<IndexedSentence> translations() {
        return withSearcher(searcher -> {
            TermQuery first = new TermQuery(new Term(Fields.FIRST, "1"));
            TopDocs top = searcher.search(first, Math.max(1, searcher.count(first)));
            StoredFields stored = searcher.storedFields();
            List<IndexedSentence> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(toSentence(stored.document(sd.doc)));
            }
            out.sort(Comparator.comparing(IndexedSentence::article).thenComparing(IndexedSentence::lang));
            return out;
        });
    }

    /** The primary languages of all translations in the index. */
    public Set<String> languages() {
        return languages;
    }

    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * The sentences per language of its translations: how large a haystack one question searches (a corpus in
     * twelve translations is no larger for it than in three).
     */
    public int sentencesPerLanguage() {
        return size() / Math.max(1, languages.size());
    }

    private Set<String> readLanguages() throws IOException {
        Set<String> out = new TreeSet<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            Terms terms = MultiTerms.getTerms(reader, Fields.LANG_BASE);
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    out.add(t.utf8ToString());
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return Set.copyOf(out);
    }

    private static IndexedSentence toSentence(Document d) {
        return new IndexedSentence(
                d.get(Fields.ARTICLE),
                d.get(Fields.LANG),
                d.get(Fields.TEXT_LANG),
                d.getField(Fields.INDEX).numericValue().intValue(),
                d.getField(Fields.BLOCK).numericValue().intValue(),
                d.get(Fields.KIND),
                d.get(Fields.GROUP),
                d.get(Fields.SENTENCE),
                d.get(Fields.TITLE),
                Optional.ofNullable(d.get(Fields.URL)),
                Optional.ofNullable(d.get(Fields.FRAGMENT)),
                numbers(d),
                features(d));
    }

    private static Set<String> numbers(Document d) {
        String joined = d.get(Fields.NUMBERS);
        return joined == null || joined.isEmpty() ? Set.of() : new java.util.HashSet<>(List.of(joined.split(" ")));
    }

    private static Set<SentenceFeature> features(Document d) {
        Set<SentenceFeature> out = java.util.EnumSet.noneOf(SentenceFeature.class);
        for (String f : d.getValues(Fields.FEATURES)) {
            out.add(SentenceFeature.valueOf(f.toUpperCase(java.util.Locale.ROOT)));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            searchers.close();
        }
    }

    /** Work done with an acquired searcher. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
