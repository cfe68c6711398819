package dev.interlinear.web;

import dev.interlinear.app.SampleCorpus;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands JUnit test classes the one index of the sample articles that every test of the run shares
 * ({@link dev.interlinear.SharedSample}). Read it only; a test that changes articles needs a corpus of its own.
 */
final class SharedSample implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SampleCorpus.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return dev.interlinear.SharedSample.get();
    }
}
