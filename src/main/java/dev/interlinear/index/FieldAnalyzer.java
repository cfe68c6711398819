package dev.interlinear.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;

/** Picks the analyser by field name: {@code body.de} and {@code passage.de} get German, {@code grams} n-grams. */
public final class FieldAnalyzer extends DelegatingAnalyzerWrapper {

    private final LanguageAnalyzers analyzers;
    private final Analyzer whitespace = new WhitespaceAnalyzer();

    public FieldAnalyzer(LanguageAnalyzers analyzers) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.analyzers = analyzers;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        if (fieldName.startsWith(Fields.BODY_PREFIX)) {
            return analyzers.forLanguage(fieldName.substring(Fields.BODY_PREFIX.length()));
        }
        if (fieldName.startsWith(Fields.PASSAGE_PREFIX)) {
            return analyzers.forLanguage(fieldName.substring(Fields.PASSAGE_PREFIX.length()));
        }
        if (fieldName.equals(Fields.GRAMS)) {
            return analyzers.grams();
        }
        // Numbers are canonical terms already, separated by spaces.
        return whitespace;
    }
}
