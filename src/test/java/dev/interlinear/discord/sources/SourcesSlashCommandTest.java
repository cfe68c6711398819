package dev.interlinear.discord.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.answer.Source;
import dev.interlinear.discord.BotText;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class SourcesSlashCommandTest {

    @Test
    void givenSources_whenRendered_thenEachTranslationIsListedWithItsNativeNameAndLink() {
        MessageCreateData data = SourcesSlashCommand.render(
                List.of(
                        new Source("a", "de", "Titel", "http://x/articles/a/de", Optional.empty()),
                        new Source(
                                "a", "pt", "Título", "http://x/articles/a/pt", Optional.of("https://example.org/pt"))),
                "en",
                new BotText());

        assertThat(data.getEmbeds().get(0).getDescription())
                .contains("Deutsch (de): [Titel](http://x/articles/a/de)")
                .contains("Português (pt): [Título](https://example.org/pt)");
    }
}
