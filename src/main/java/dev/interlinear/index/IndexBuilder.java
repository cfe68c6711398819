package dev.interlinear.index;

import dev.interlinear.align.ArticleAlignment;
import dev.interlinear.corpus.BlockKind;
import dev.interlinear.corpus.Translation;
import dev.interlinear.language.Languages;
import dev.interlinear.segment.Sentence;
import dev.interlinear.segment.TextFragments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
    /**
     * One analysis per indexing thread, kept from article to article: it remembers the terms of the words it
     * has seen, and most words of the next article are among them. A build's threads end with the build
     * (see CorpusIndexer), and what they remember with them.
     */
    private final ThreadLocal<SentenceAnalysis> analyses;

    public IndexBuilder(SentenceSignals signals) {
        this(signals, new LanguageAnalyzers());
    }

    /** @param analyzers the analysers questions are analysed with (their configuration, not their state) */
    public IndexBuilder(SentenceSignals signals, LanguageAnalyzers analyzers) {
        this.signals = signals;
        this.analyses = ThreadLocal.withInitial(() -> new SentenceAnalysis(analyzers));
    }

    public void add(IndexWriter writer, PreparedArticle prepared) throws IOException {
        add(writer, prepared, signals);
    }

    /** @param signals the signals to index, for example over quantities the article's facts already found */
    public void add(IndexWriter writer, PreparedArticle prepared, SentenceSignals signals) throws IOException {
        ArticleAlignment alignment = prepared.alignment();
        AnalysedFields analysed = new AnalysedFields(analyses.get());
        for (Translation translation : prepared.article().translations().values()) {
            List<Sentence> sentences = prepared.sentences().get(translation.lang());
            List<String> fragments = translation.url().isPresent()
                    ? TextFragments.directives(sentences.stream().map(Sentence::text).toList()) : List.of();
            TranslationTags tags = TranslationTags.of(translation);
            analysed.startTranslation();
            for (Sentence s : sentences) {
                Document doc = document(prepared, translation, tags, analysed, fragments, s, alignment,
                        signals);
                // Only added: an article's previous documents are deleted by its article term (CorpusIndexer).
                writer.addDocument(doc);
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

    /**
     * The streams of the analysed fields, replaying a sentence's terms: a document is written before the next
     * is built, so one set serves every document of an article. A sentence's words are found once for all, and
     * kept for the passage of the sentences after it.
     */
    private static final class AnalysedFields {
        final ReplayedTokens body = new ReplayedTokens(AnalyzedText.EMPTY);
        final ReplayedTokens grams = new ReplayedTokens(AnalyzedText.EMPTY);
        final ReplayedTokens passage = new ReplayedTokens(AnalyzedText.EMPTY);
        private final SentenceAnalysis analysis;
        private SentenceAnalysis.Words previous;
        private SentenceAnalysis.Words heading;

        AnalysedFields(SentenceAnalysis analysis) {
            this.analysis = analysis;
        }

        /** Forgets the passage of the translation before. */
        void startTranslation() {
            previous = null;
            heading = null;
        }

        /**
         * Plays the sentence's terms in the analyser of {@code lang}, its n-grams, and the terms of its passage in
         * the same analyser.
         *
         * @return whether the sentence has a passage (a sentence before it, or a heading above)
         */
        boolean play(String text, String lang, boolean isHeading) {
            SentenceAnalysis.Words words = analysis.words(text);
            body.play(analysis.inLanguage(words, lang));
            grams.play(analysis.grams(words));
            List<String> terms = new ArrayList<>();
            if (previous != null) {
                terms.addAll(analysis.inLanguage(previous, lang).terms());
            }
            // A heading's passage is the text before it, not the heading before it.
            if (heading != null && heading != previous && !isHeading) {
                terms.addAll(analysis.inLanguage(heading, lang).terms());
            }
            int[] increments = new int[terms.size()];
            Arrays.fill(increments, 1);
            passage.play(new AnalyzedText(terms, increments, 0));
            previous = words;
            if (isHeading) {
                heading = words;
            }
            return !terms.isEmpty();
        }
    }

    private Document document(PreparedArticle prepared, Translation translation, TranslationTags tags,
                              AnalysedFields analysed, List<String> fragments, Sentence s,
                              ArticleAlignment alignment, SentenceSignals signals) {
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

        boolean hasPassage = analysed.play(s.text(), analyzerLang, s.kind() == BlockKind.HEADING);
        doc.add(new Field(Fields.body(analyzerLang), analysed.body, ANALYSED));
        doc.add(new Field(Fields.GRAMS, analysed.grams, GRAMS_TYPE));
        if (hasPassage) {
            doc.add(new Field(Fields.passage(analyzerLang), analysed.passage, PASSAGE_TYPE));
        }
        SentenceSignals.Signals found = signals.of(s.text(), s.lang());
        List<String> numbers = found.numberTerms();
        if (!numbers.isEmpty()) {
            doc.add(new Field(Fields.NUMBERS, String.join(" ", numbers), ANALYSED_STORED));
        }
        for (SentenceFeature f : found.features()) {
            doc.add(new StringField(Fields.FEATURES, f.term(), Field.Store.YES));
        }
        return doc;
    }
}
