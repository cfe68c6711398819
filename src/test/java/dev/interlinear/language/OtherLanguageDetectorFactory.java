package dev.interlinear.language;

import opennlp.tools.langdetect.LanguageDetectorFactory;

/** A detector factory other than OpenNLP's default one, which could build another context generator. */
public final class OtherLanguageDetectorFactory extends LanguageDetectorFactory {
}
