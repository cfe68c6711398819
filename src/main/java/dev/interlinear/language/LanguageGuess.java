package dev.interlinear.language;

/** A detected language with the detector's confidence in it (0..1, among the languages it may choose). */
public record LanguageGuess(String lang, double confidence) {}
