package dev.interlinear.app;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.config.AnswerSettings;
import dev.interlinear.config.DiscordSettings;
import dev.interlinear.config.Settings;
import dev.interlinear.config.WebSettings;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.serving.Edition;
import dev.interlinear.serving.ServedEdition;
import java.nio.file.Path;
import java.util.List;

/** The sample articles of config/articles, indexed into a test's own data folder. */
public record SampleCorpus(App app, SentenceIndex index, AnswerService service) implements AutoCloseable {

    public static final Path ARTICLES = Path.of("config/articles");

    public static Settings settings(Path corpus, Path dataDir) {
        return new Settings(
                corpus,
                dataDir,
                // No dictionaries, whatever the machine has installed: the tests' answers do not depend on it.
                dataDir.resolve("no-dictionaries"),
                dataDir.resolve("no-spelling-dictionaries"),
                "en",
                List.of("en", "de", "pt", "es", "fr"),
                false,
                AnswerSettings.DEFAULTS,
                WebSettings.DEFAULTS,
                DiscordSettings.DEFAULTS);
    }

    public static SampleCorpus open(Path corpus, Path dataDir) {
        App app = new App(settings(corpus, dataDir));
        SentenceIndex index = app.openIndex(corpus, line -> {}).index();
        return new SampleCorpus(app, index, app.answerService(index));
    }

    /** The corpus as the front ends serve it. */
    public ServedEdition served() {
        return new ServedEdition(new Edition(index, service, app.factsService(index)));
    }

    @Override
    public void close() throws java.io.IOException {
        index.close();
    }
}
