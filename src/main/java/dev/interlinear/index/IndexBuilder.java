package dev.interlinear.index;

import dev.interlinear.align.ArticleAlignment;
import dev.interlinear.corpus.BlockKind;
import dev.interlinear.corpus.Translation;
import dev.interlinear.text.Languages;
import dev.interlinear.text.Sentence;
import dev.interlinear.text.TextFragments;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;

/** Writes one Lucene document per sentence of every translation. */
public final class IndexBuilder {

    private final SentenceSignals signals;

    public IndexBuilder(SentenceSignals signals) {
        this.signals = signals;
    }

    public void add(IndexWriter writer, PreparedArticle prepared) throws IOException {
        String articleId = prepared.article().id();
        ArticleAlignment alignment = prepared.alignment();
        for (Translation translation : prepared.article().translations().values()) {
            List<Sentence> sentences = prepared.sentences().get(translation.lang());
            List<String> fragments = translation.url().isPresent()
                    ? TextFragments.directives(sentences.stream().map(Sentence::text).toList()) : List.of();
            TranslationTags tags = TranslationTags.of(prepared, translation);
            String heading = "";
            for (Sentence s : sentences) {
                if (s.kind() == BlockKind.HEADING) {
                    heading = s.text();
                }
                Document doc = document(prepared, translation, tags, sentences, fragments, s, heading, alignment);
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

    private Document document(PreparedArticle prepared, Translation translation, TranslationTags tags,
                              List<Sentence> sentences, List<String> fragments, Sentence s, String heading,
                              ArticleAlignment alignment) {
        String articleId = prepared.article().id();
        String analyzerLang = tags.baseOf(s.lang());
        String previous = s.index() > 0 ? sentences.get(s.index() - 1).text() : "";
        String next = s.index() + 1 < sentences.size() ? sentences.get(s.index() + 1).text() : "";

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

        doc.add(new TextField(Fields.body(analyzerLang), s.text(), Field.Store.NO));
        String context = String.join(" ", heading.equals(s.text()) ? "" : heading, previous, next).strip();
        if (!context.isEmpty()) {
            doc.add(new TextField(Fields.context(analyzerLang), context, Field.Store.NO));
        }
        doc.add(new TextField(Fields.GRAMS, s.text(), Field.Store.NO));
        SentenceSignals.Signals found = signals.of(s.text(), s.lang());
        List<String> numbers = found.numberTerms();
        if (!numbers.isEmpty()) {
            doc.add(new TextField(Fields.NUMBERS, String.join(" ", numbers), Field.Store.YES));
        }
        for (SentenceFeature f : found.features()) {
            doc.add(new StringField(Fields.FEATURES, f.term(), Field.Store.YES));
        }
        return doc;
    }
}
