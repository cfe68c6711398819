package dev.interlinear.index;

import dev.interlinear.align.ArticleAlignment;
import dev.interlinear.corpus.BlockKind;
import dev.interlinear.corpus.Translation;
import dev.interlinear.text.Languages;
import dev.interlinear.text.Sentence;
import dev.interlinear.text.TextFragments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
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
     * has seen, and most words of the next article are among them.
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
        SentenceAnalysis analysis = analyses.get();
        for (Translation translation : prepared.article().translations().values()) {
            List<Sentence> sentences = prepared.sentences().get(translation.lang());
            List<String> fragments = translation.url().isPresent()
                    ? TextFragments.directives(sentences.stream().map(Sentence::text).toList()) : List.of();
            TranslationTags tags = TranslationTags.of(prepared, translation);
            AnalyzedSentences analyzed = new AnalyzedSentences(analysis, sentences, tags);
            int heading = -1;
            for (Sentence s : sentences) {
                if (s.kind() == BlockKind.HEADING) {
                    heading = s.index();
                }
                Document doc = document(prepared, translation, tags, analyzed, fragments, s, heading, alignment,
                        signals);
                // Each generation is built from scratch (OpenMode.CREATE): nothing to replace, so no delete-by-id.
                writer.addDocument(doc);
            }
        }
    }

    /** Language tags that are the same for every sentence of a translation, parsed once (the parser is slow). */
    private record TranslationTags(String lang, String base, List<String> articleBases) {
        static TranslationTags of(PreparedArticle prepared, Translation translation) {
            return new TranslationTags(translation.lang(), Languages.base(translation.lang()),
                    prepared.article().translations().keySet().stream().map(Languages::base).toList());
        }

        /** The base of a sentence's own language: most sentences are in their translation's. */
        String baseOf(String textLang) {
            return textLang.equals(lang) || textLang.equals(base) ? base : Languages.base(textLang);
        }
    }

    /** The sentences of one translation, each analysed once in its own language and kept for its neighbours. */
    private static final class AnalyzedSentences {
        /**
         * The streams of the analysed fields, replaying other terms for each document: a document is written
         * before the next is built, so one set serves them all.
         */
        final ReplayedTokens bodyStream = new ReplayedTokens(AnalyzedText.EMPTY);
        final ReplayedTokens contextStream = new ReplayedTokens(AnalyzedText.EMPTY);
        final ReplayedTokens gramStream = new ReplayedTokens(AnalyzedText.EMPTY);
        private final SentenceAnalysis analysis;
        private final List<Sentence> sentences;
        private final String[] languages;
        private final AnalyzedText[] words;
        private final AnalyzedText[] terms;

        AnalyzedSentences(SentenceAnalysis analysis, List<Sentence> sentences, TranslationTags tags) {
            this.analysis = analysis;
            this.sentences = sentences;
            this.languages = new String[sentences.size()];
            this.words = new AnalyzedText[sentences.size()];
            this.terms = new AnalyzedText[sentences.size()];
            for (int i = 0; i < sentences.size(); i++) {
                languages[i] = tags.baseOf(sentences.get(i).lang());
                words[i] = analysis.words(sentences.get(i).text());
                terms[i] = analysis.inLanguage(words[i], languages[i]);
            }
        }

        String language(int i) {
            return languages[i];
        }

        /** Sentence i as the analyser of {@code lang} sees it (a neighbour may be in another language). */
        AnalyzedText terms(int i, String lang) {
            return lang.equals(languages[i]) ? terms[i] : analysis.inLanguage(words[i], lang);
        }

        AnalyzedText grams(int i) {
            return analysis.grams(words[i]);
        }

        String text(int i) {
            return sentences.get(i).text();
        }
    }

    private Document document(PreparedArticle prepared, Translation translation, TranslationTags tags,
                              AnalyzedSentences analyzed, List<String> fragments, Sentence s, int headingIndex,
                              ArticleAlignment alignment, SentenceSignals signals) {
        String articleId = prepared.article().id();
        int i = s.index();
        String analyzerLang = analyzed.language(i);
        int count = prepared.sentences().get(translation.lang()).size();
        String previous = i > 0 ? analyzed.text(i - 1) : "";
        String next = i + 1 < count ? analyzed.text(i + 1) : "";
        String heading = headingIndex >= 0 ? analyzed.text(headingIndex) : "";

        Document doc = new Document();
        doc.add(new StringField(Fields.ID, Fields.id(articleId, translation.lang(), s.index()), Field.Store.YES));
        doc.add(new StringField(Fields.ARTICLE, articleId, Field.Store.YES));
        doc.add(new StringField(Fields.LANG, translation.lang(), Field.Store.YES));
        doc.add(new StringField(Fields.LANG_BASE, tags.base(), Field.Store.NO));
        doc.add(new StringField(Fields.TEXT_LANG, s.lang(), Field.Store.YES));
        for (String base : tags.articleBases()) {
            doc.add(new StringField(Fields.ARTICLE_LANGS, base, Field.Store.NO));
        }
        doc.add(new StoredField(Fields.INDEX, s.index()));
        if (s.index() == 0) {
            doc.add(new StringField(Fields.FIRST, "1", Field.Store.NO));
        }
        doc.add(new StringField(Fields.KIND, s.kind().name(), Field.Store.YES));
        doc.add(new StoredField(Fields.BLOCK, s.block()));
        doc.add(new StringField(Fields.GROUP,
                Fields.group(articleId, alignment.groupOf(translation.lang(), s.index())), Field.Store.YES));
        doc.add(new StoredField(Fields.SENTENCE, s.text()));
        doc.add(new StoredField(Fields.PREVIOUS, previous));
        doc.add(new StoredField(Fields.NEXT, next));
        doc.add(new StoredField(Fields.TITLE, translation.title()));
        translation.url().ifPresent(url -> {
            doc.add(new StoredField(Fields.URL, url));
            doc.add(new StoredField(Fields.FRAGMENT, fragments.get(s.index())));
        });

        analyzed.bodyStream.play(analyzed.terms(i, analyzerLang));
        doc.add(new Field(Fields.body(analyzerLang), analyzed.bodyStream, ANALYSED));
        // The context is the heading, previous and next sentence joined by spaces, analysed in this sentence's
        // language: their terms joined give the same field without analysing the three texts again.
        boolean withHeading = !heading.equals(s.text()) && headingIndex >= 0;
        String context = String.join(" ", withHeading ? heading : "", previous, next).strip();
        if (!context.isEmpty()) {
            List<AnalyzedText> parts = new ArrayList<>(3);
            if (withHeading) {
                parts.add(analyzed.terms(headingIndex, analyzerLang));
            }
            if (i > 0) {
                parts.add(analyzed.terms(i - 1, analyzerLang));
            }
            if (i + 1 < count) {
                parts.add(analyzed.terms(i + 1, analyzerLang));
            }
            analyzed.contextStream.play(AnalyzedText.join(parts));
            doc.add(new Field(Fields.context(analyzerLang), analyzed.contextStream, ANALYSED));
        }
        analyzed.gramStream.play(analyzed.grams(i));
        doc.add(new Field(Fields.GRAMS, analyzed.gramStream, ANALYSED));
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
