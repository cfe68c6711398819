package dev.interlinear.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class LanguageCoverageTest {

    private static Document sentence(String article, String langBase) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ARTICLE, article, Field.Store.NO));
        doc.add(new StringField(Fields.LANG_BASE, langBase, Field.Store.NO));
        return doc;
    }

    @Test
    void givenArticlesInSeveralSegments_whenRead_thenEachLanguageListsTheArticlesWithoutIt() throws IOException {
        // GIVEN "both" in German and Portuguese (its Portuguese in a later segment), "german" only in German,
        // "portuguese" only in Portuguese, and "gone" whose only (English) sentences were deleted
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
            writer.addDocument(sentence("both", "de"));
            writer.addDocument(sentence("german", "de"));
            writer.addDocument(sentence("gone", "en"));
            writer.commit();
            writer.addDocument(sentence("both", "pt"));
            writer.addDocument(sentence("portuguese", "pt"));
            writer.addDocument(sentence("german", "de"));
            writer.deleteDocuments(new Term(Fields.ARTICLE, "gone"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(2);

                // WHEN
                LanguageCoverage coverage = LanguageCoverage.read(reader, Set.of("de", "pt", "en"));

                // THEN
                assertThat(coverage.articlesLacking("de")).containsExactly("portuguese");
                assertThat(coverage.articlesLacking("pt")).containsExactly("german");
                assertThat(coverage.anyArticleIn("de")).isTrue();
                // only deleted sentences were English: no article has it, and every live article lacks it
                assertThat(coverage.anyArticleIn("en")).isFalse();
                assertThat(coverage.articlesLacking("en")).containsExactlyInAnyOrder("both", "german", "portuguese");
                assertThat(coverage.articlesLacking("fr")).containsExactlyInAnyOrder("both", "german", "portuguese");
            }
        }
    }

    @Test
    void givenEveryArticleInEveryLanguage_whenRead_thenNoneLacksAny() throws IOException {
        // GIVEN two articles, each in German and Portuguese
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (String article : new String[] {"a", "b"}) {
                writer.addDocument(sentence(article, "de"));
                writer.addDocument(sentence(article, "pt"));
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                // WHEN
                LanguageCoverage coverage = LanguageCoverage.read(reader, Set.of("de", "pt"));

                // THEN
                assertThat(coverage.articlesLacking("de")).isEmpty();
                assertThat(coverage.articlesLacking("pt")).isEmpty();
            }
        }
    }
}
