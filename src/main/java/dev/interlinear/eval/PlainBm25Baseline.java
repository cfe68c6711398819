package dev.interlinear.eval;

import dev.interlinear.index.ScoredSentence;
import dev.interlinear.index.SentenceIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline Interlinear must beat: plain Lucene BM25 over the same sentences (StandardAnalyzer, the
 * question's words OR-ed, top 5), no language handling, no re-ranking, never declining (but when nothing
 * matches). Its wrong-language counts a first sentence from another translation although the article has the
 * question's language, as for Interlinear.
 */
public final class PlainBm25Baseline implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String LANG = "lang";
    private static final String ARTICLE = "article";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final DirectoryReader reader;
    private final SentenceIndex index;

    public PlainBm25Baseline(SentenceIndex index) {
        this.index = index;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (ScoredSentence s : index.search(MatchAllDocsQuery.INSTANCE, Math.max(1, index.size()))) {
                Document d = new Document();
                d.add(new TextField(TEXT, s.sentence().text(), Field.Store.YES));
                d.add(new StringField(LANG, s.sentence().lang(), Field.Store.YES));
                d.add(new StoredField(ARTICLE, s.sentence().article()));
                writer.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EvalReport run(List<EvalQuestion> questions) {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<EvalResult> results = new ArrayList<>();
        try {
            for (EvalQuestion q : questions) {
                BooleanQuery.Builder query = new BooleanQuery.Builder();
                for (String term : terms(q.question())) {
                    query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
                }
                ScoreDoc[] top = searcher.search(query.build(), 5).scoreDocs;
                OptionalInt rank = OptionalInt.empty();
                for (int i = 0; i < top.length && q.answerable(); i++) {
                    if (Evaluator.matches(
                            searcher.storedFields().document(top[i].doc).get(TEXT), q.expect())) {
                        rank = OptionalInt.of(i + 1);
                        break;
                    }
                }
                Optional<Document> first = top.length == 0
                        ? Optional.empty()
                        : Optional.of(searcher.storedFields().document(top[0].doc));
                boolean wrongLanguage = first.filter(
                                d -> Evaluator.wrongLanguage(index, q, d.get(ARTICLE), d.get(LANG)))
                        .isPresent();
                results.add(new EvalResult(
                        q,
                        rank,
                        first.isPresent(),
                        first.map(d -> d.get(LANG)),
                        first.map(d -> d.get(TEXT)),
                        Optional.empty(),
                        wrongLanguage));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EvalReport(results);
    }

    private List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
