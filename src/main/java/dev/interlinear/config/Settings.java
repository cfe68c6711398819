package dev.interlinear.config;

import java.nio.file.Path;
import java.util.List;

/**
 * All settings, immutable. Loaded by {@link SettingsLoader} from {@code config/interlinear.yaml} and the
 * environment.
 *
 * @param corpus          the folder of articles (corpus layout of DESIGN.md)
 * @param dataDir         where the on-disk index lives
 * @param dictionaries    the folder of bilingual dictionaries (FreeDict's dictd files) that translate question words
 *                        when an article lacks the asker's language; a missing folder means none
 * @param spelling        the folder of spelling dictionaries (Hunspell's {@code .aff}/{@code .dic}) that tell a typing
 *                        slip from a word; a missing folder means none
 * @param defaultLanguage the reply language when nothing else tells
 * @param languages       the languages questions are detected in; the corpus's own languages are added
 * @param watchArticles   whether the bot and the reader index changed articles while they run
 */
public record Settings(
        Path corpus,
        Path dataDir,
        Path dictionaries,
        Path spelling,
        String defaultLanguage,
        List<String> languages,
        boolean watchArticles,
        AnswerSettings answer,
        WebSettings web,
        DiscordSettings discord) {
    public Settings {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new ConfigException("languages must name at least one language");
        }
        if (!languages.contains(defaultLanguage)) {
            throw new ConfigException(
                    "default-language '" + defaultLanguage + "' must be one of languages " + languages);
        }
    }

    public Settings withCorpus(Path otherCorpus) {
        return new Settings(
                otherCorpus,
                dataDir,
                dictionaries,
                spelling,
                defaultLanguage,
                languages,
                watchArticles,
                answer,
                web,
                discord);
    }

    public Settings withAnswer(AnswerSettings otherAnswer) {
        return new Settings(
                corpus,
                dataDir,
                dictionaries,
                spelling,
                defaultLanguage,
                languages,
                watchArticles,
                otherAnswer,
                web,
                discord);
    }

    public Settings withDictionaries(Path otherDictionaries) {
        return new Settings(
                corpus,
                dataDir,
                otherDictionaries,
                spelling,
                defaultLanguage,
                languages,
                watchArticles,
                answer,
                web,
                discord);
    }

    public Settings withSpelling(Path otherSpelling) {
        return new Settings(
                corpus,
                dataDir,
                dictionaries,
                otherSpelling,
                defaultLanguage,
                languages,
                watchArticles,
                answer,
                web,
                discord);
    }

    public Settings withDataDir(Path otherDataDir) {
        return new Settings(
                corpus,
                otherDataDir,
                dictionaries,
                spelling,
                defaultLanguage,
                languages,
                watchArticles,
                answer,
                web,
                discord);
    }
}
