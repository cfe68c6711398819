package dev.interlinear.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which articles of an open index lack a translation in each primary language: where an article lacks the
 * asker's language, its other translations answer instead.
 *
 * <p>Read once per index, when it is opened, from the postings of the article and language terms rather than
 * from a field of every document: a list of its article's languages on every
 * sentence was a tenth of the terms the index build wrote.
 */
public final class LanguageCoverage {

    private final Set<String> languages;
    private final Set<String> articles;
    private final Map<String, Set<String>> lacking;

    private LanguageCoverage(Set<String> languages, Set<String> articles, Map<String, Set<String>> lacking) {
        this.languages = Set.copyOf(languages);
        this.articles = Set.copyOf(articles);
        this.lacking = Map.copyOf(lacking);
    }

    /** The coverage of the live documents of a reader, over these primary languages (its language terms). */
    static LanguageCoverage read(IndexReader reader, Set<String> languages) throws IOException {
        List<String> langs = List.copyOf(new TreeSet<>(languages));
        Map<String, Set<String>> having = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            Bits live = r.getLiveDocs();
            FixedBitSet[] inLanguage = new FixedBitSet[langs.size()];
            for (int k = 0; k < langs.size(); k++) {
                inLanguage[k] = docsWith(r, new Term(Fields.LANG_BASE, langs.get(k)));
            }
            Terms articleTerms = r.terms(Fields.ARTICLE);
            if (articleTerms == null) {
                continue;
            }
            TermsEnum it = articleTerms.iterator();
            PostingsEnum postings = null;
            for (BytesRef article = it.next(); article != null; article = it.next()) {
                postings = it.postings(postings, PostingsEnum.NONE);
                boolean[] found = new boolean[langs.size()];
                int foundCount = 0;
                boolean anyLive = false;
                for (int d = postings.nextDoc();
                        d != DocIdSetIterator.NO_MORE_DOCS && foundCount < langs.size();
                        d = postings.nextDoc()) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    anyLive = true;
                    for (int k = 0; k < langs.size(); k++) {
                        if (!found[k] && inLanguage[k].get(d)) {
                            found[k] = true;
                            foundCount++;
                        }
                    }
                }
                if (anyLive) {
                    Set<String> langsOfArticle = having.computeIfAbsent(article.utf8ToString(), a -> new TreeSet<>());
                    for (int k = 0; k < langs.size(); k++) {
                        if (found[k]) {
                            langsOfArticle.add(langs.get(k));
                        }
                    }
                }
            }
        }
        Map<String, Set<String>> lacking = new TreeMap<>();
        for (String lang : langs) {
            List<String> without = new ArrayList<>();
            having.forEach((article, langsOfArticle) -> {
                if (!langsOfArticle.contains(lang)) {
                    without.add(article);
                }
            });
            lacking.put(lang, Set.copyOf(without));
        }
        Set<String> present = new TreeSet<>();
        having.values().forEach(present::addAll);
        return new LanguageCoverage(present, having.keySet(), lacking);
    }

    private static FixedBitSet docsWith(LeafReader reader, Term term) throws IOException {
        FixedBitSet out = new FixedBitSet(Math.max(1, reader.maxDoc()));
        PostingsEnum postings = SentenceIndex.postings(reader, term);
        if (postings != null) {
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                out.set(d);
            }
        }
        return out;
    }

    /** Whether at least one article (live document) has a translation in this primary language. */
    public boolean anyArticleIn(String lang) {
        return languages.contains(lang);
    }

    /** The articles without a translation in this primary language: every article for a language none has. */
    public Set<String> articlesLacking(String lang) {
        return lacking.getOrDefault(lang, articles);
    }
}
