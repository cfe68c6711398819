package dev.interlinear.discord;

import java.nio.file.Path;

/**
 * The data folder the Discord tests share, so that the sample articles are indexed once (by the first test class
 * to run, in about 10 s) and reused by the others and by the bot processes of {@link BotProcessTest}. Safe to share:
 * an index generation is named after the fingerprint of its corpus and settings, so after a change of articles or
 * schema it is rebuilt, never reused; and it is only read once built.
 */
final class SharedData {

    static final Path DIR = Path.of("target", "discord-tests-data").toAbsolutePath();

    private SharedData() {}
}
