package dev.interlinear.index;

import dev.interlinear.align.ArticleAlignment;
import dev.interlinear.corpus.BlockKind;
import dev.interlinear.corpus.Translation;
import dev.interlinear.language.Languages;
import dev.interlinear.segment.Sentence;
import dev.interlinear.segment.TextFragments;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;

/** Writes one Lucene document per sentence of every translation. */
public final class IndexBuilder {

    /**
     * Analysed text without positions: no query looks at them (no phrases), BM25 needs only frequencies and
     * norms, and writing positions was a good part of indexing.
     */
    static final FieldType ANALYSED = analysed(false);
    /** The same, with the text stored (the number terms, which answers show). */
    static final FieldType ANALYSED_STORED = analysed(true);

    /**
     * The n-grams without frequencies: a sentence seldom repeats an n-gram, so BM25 loses next to nothing, and the
     * n-grams are most of the index's postings.
     */
    static final FieldType GRAMS_TYPE = gramsType();

    /** The passage of a sentence (see {@link Fields#PASSAGE_PREFIX}): which terms it holds is all that is asked. */
    static final FieldType PASSAGE_TYPE = passageType();

    private static FieldType passageType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FieldType gramsType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    private static FieldType analysed(boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setStored(stored);
        type.freeze();
        return type;
    }

    private final SentenceSignals signals;

    /** The analysed fields are analysed by the writer's {@link FieldAnalyzer}. */
    public IndexBuilder(SentenceSignals signals) {
        this.signals = signals;
    }

    public void add(IndexWriter writer, PreparedArticle prepared) throws IOException {
        add(writer, prepared, signals);
    }

    /** @param signals the signals to index, for example over quantities the article's facts already found */
    public void add(IndexWriter writer, PreparedArticle prepared, SentenceSignals signals) throws IOException {
        ArticleAlignment alignment = prepared.alignment();
        for (Translation translation : prepared.article().translations().values()) {
            List<Sentence> sentences = prepared.sentences().get(translation.lang());
            List<String> fragments = translation.url().isPresent()
                    ? TextFragments.directives(
                            sentences.stream().map(Sentence::text).toList())
                    : List.of();
            TranslationTags tags = TranslationTags.of(translation);
            String previous = null;
            String heading = null;
            for (Sentence s : sentences) {
                boolean isHeading = s.kind() == BlockKind.HEADING;
                // A sentence is read in its passage: the sentence before it and the heading above it (a heading's
                // passage is the text before it, not the heading before it).
                String passage = previous == null ? "" : previous;
                if (heading != null && !isHeading) {
                    passage += "\n" + heading;
                }
                Document doc = document(prepared, translation, tags, passage, fragments, s, alignment, signals);
                // Only added: an article's previous documents are deleted by its article term (CorpusIndexer).
                writer.addDocument(doc);
                previous = s.text();
                heading = isHeading ? s.text() : heading;
            }
        }
    }

    /** Language tags that are the same for every sentence of a translation, parsed once (the parser is slow). */
    private record TranslationTags(String lang, String base) {
        static TranslationTags of(Translation translation) {
            return new TranslationTags(translation.lang(), Languages.base(translation.lang()));
        }

        /** The base of a sentence's own language: most sentences are in their translation's. */
        String baseOf(String textLang) {
            return textLang.equals(lang) || textLang.equals(base) ? base : Languages.base(textLang);
        }
    }

    private Document document(
            PreparedArticle prepared,
            Translation translation,
            TranslationTags tags,
            String passage,
            List<String> fragments,
            Sentence s,
            ArticleAlignment alignment,
            SentenceSignals signals) {
        String articleId = prepared.article().id();
        String analyzerLang = tags.baseOf(s.lang());

        Document doc = new Document();
        // Terms only where a lookup or a filter reads them; the rest is stored. Keys are made of terms shared by
        // many documents (article, language, position, group number): a unique term per document costs more.
        doc.add(new StringField(Fields.ARTICLE, articleId, Field.Store.YES));
        doc.add(new StringField(Fields.LANG, translation.lang(), Field.Store.YES));
        doc.add(new StringField(Fields.LANG_BASE, tags.base(), Field.Store.NO));
        doc.add(new StoredField(Fields.TEXT_LANG, s.lang()));
        doc.add(new StoredField(Fields.INDEX, s.index()));
        doc.add(new StringField(Fields.INDEX_KEY, Integer.toString(s.index()), Field.Store.NO));
        if (s.index() == 0) {
            doc.add(new StringField(Fields.FIRST, "1", Field.Store.NO));
        }
        doc.add(new StoredField(Fields.KIND, s.kind().name()));
        doc.add(new StoredField(Fields.BLOCK, s.block()));
        int group = alignment.groupOf(translation.lang(), s.index());
        doc.add(new StoredField(Fields.GROUP, Fields.group(articleId, group)));
        doc.add(new StringField(Fields.GROUP_KEY, Integer.toString(group), Field.Store.NO));
        doc.add(new NumericDocValuesField(Fields.ORDER, Fields.order(articleId, translation.lang(), s.index())));
        doc.add(new StoredField(Fields.SENTENCE, s.text()));
        doc.add(new StoredField(Fields.TITLE, translation.title()));
        translation.url().ifPresent(url -> {
            doc.add(new StoredField(Fields.URL, url));
            doc.add(new StoredField(Fields.FRAGMENT, fragments.get(s.index())));
        });

        doc.add(new Field(Fields.body(analyzerLang), s.text(), ANALYSED));
        doc.add(new Field(Fields.GRAMS, s.text(), GRAMS_TYPE));
        if (!passage.isEmpty()) {
            doc.add(new Field(Fields.passage(analyzerLang), passage, PASSAGE_TYPE));
        }
        SentenceSignals.Signals found = signals.of(s.text(), s.lang());
        List<String> numbers = found.numberTerms();
        if (!numbers.isEmpty()) {
            doc.add(new Field(Fields.NUMBERS, String.join(" ", numbers), ANALYSED_STORED));
        }
        for (String unit : found.unitTerms()) {
            doc.add(new StringField(Fields.UNITS, unit, Field.Store.NO));
        }
        for (SentenceFeature f : found.features()) {
            doc.add(new StringField(Fields.FEATURES, f.term(), Field.Store.YES));
        }
        return doc;
    }
}
