package dev.interlinear.answer;

import java.util.Optional;

/** One translation of an article as {@code /sources} lists it. */
public record Source(String article, String lang, String title, String readerLink, Optional<String> url) {}
