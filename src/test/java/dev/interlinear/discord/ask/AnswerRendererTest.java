package dev.interlinear.discord.ask;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.answer.AlignedSentence;
import dev.interlinear.answer.Answer;
import dev.interlinear.answer.AnswerResult;
import dev.interlinear.discord.BotText;
import dev.interlinear.discord.DiscordLimits;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class AnswerRendererTest {

    private final AnswerRenderer renderer = new AnswerRenderer(new BotText());

    private static Answer answer(String sentence, String context, String lang) {
        return new Answer(
                "openai-compute",
                "Título",
                lang,
                Optional.empty(),
                6,
                sentence,
                List.of(context, context),
                "http://localhost:8080/articles/openai-compute/" + lang + "#s6",
                Optional.empty(),
                0.9,
                List.of(new AlignedSentence(
                        "de", 5, "Der Satz.", "http://localhost:8080/articles/openai-compute/de#s5")),
                Optional.empty());
    }

    private static AnswerResult result(Answer a, String lang, boolean fallback) {
        return new AnswerResult("Quanto custa 1GW?", lang, true, fallback, Optional.of(a), List.of());
    }

    @Test
    void givenAnAnswer_whenRendered_thenThePassageBoldsTheSentenceAndTheButtonsCarryTheirState() {
        MessageCreateData data = renderer.render(result(answer("1GW custa 50 bilhões.", "Antes.", "pt"), "pt", false));

        MessageEmbed embed = data.getEmbeds().get(0);
        assertThat(embed.getDescription()).isEqualTo("Antes. **1GW custa 50 bilhões.** Antes.");
        assertThat(embed.getFields().get(0).getName()).isEqualTo("Frase de origem");
        assertThat(embed.getFields().get(0).getValue()).isEqualTo("> 1GW custa 50 bilhões.");
        assertThat(embed.getFooter().getText()).isEqualTo("Quanto custa 1GW?");
        List<Button> buttons = ((ActionRow) data.getComponents().get(0)).getButtons();
        assertThat(buttons)
                .extracting(Button::getUrl)
                .first()
                .isEqualTo("http://localhost:8080/articles/openai-compute/pt#s6");
        assertThat(buttons).extracting(Button::getCustomId).contains("ask:tr:openai-compute:pt:6", "ask:next:1");
        assertThat(data.getAllowedMentions()).isEmpty();
    }

    @Test
    void givenMarkdownAndMentionsInTheArticle_whenRendered_thenTheyAreShownLiterallyAndPingNobody() {
        MessageCreateData data =
                renderer.render(result(answer("**bold** @everyone <@123> `x`", "_c_", "pt"), "pt", false));

        String description = data.getEmbeds().get(0).getDescription();
        assertThat(description).contains("\\*\\*bold\\*\\*").contains("\\_c\\_").contains("\\`x\\`");
        assertThat(data.getAllowedMentions()).isEmpty();
        assertThat(data.getMentionedUsers()).isEmpty();
        assertThat(data.getMentionedRoles()).isEmpty();
    }

    @Test
    void givenAHugeSentence_whenRendered_thenEveryPartStaysWithinDiscordsLimits() {
        String huge = "palavra ".repeat(3000).strip();
        MessageCreateData data = renderer.render(result(answer(huge, huge, "pt"), "pt", true));

        MessageEmbed embed = data.getEmbeds().get(0);
        assertThat(embed.getDescription().length()).isLessThanOrEqualTo(DiscordLimits.EMBED_DESCRIPTION);
        embed.getFields()
                .forEach(f -> assertThat(f.getValue().length()).isLessThanOrEqualTo(DiscordLimits.EMBED_FIELD));
        assertThat(embed.getLength()).isLessThanOrEqualTo(DiscordLimits.EMBED_TOTAL);
        assertThat(embed.getFields().get(0).getValue()).endsWith("…");
        ((ActionRow) data.getComponents().get(0))
                .getButtons()
                .forEach(b -> assertThat(b.getLabel().length()).isLessThanOrEqualTo(DiscordLimits.BUTTON_LABEL));
    }

    @Test
    void givenAFallbackAnswer_whenRendered_thenALineSaysWhichLanguageItComesFrom() {
        MessageCreateData data = renderer.render(result(answer("Der Satz.", "", "de"), "en", true));

        assertThat(data.getEmbeds().get(0).getFields())
                .anySatisfy(f -> assertThat(f.getValue())
                        .contains("no English translation")
                        .contains("German"));
    }

    @Test
    void givenNoAnswer_whenRendered_thenItSaysSoInTheReplyLanguageAndPointsToSources() {
        MessageCreateData data = renderer.render(AnswerResult.declined("Wie koche ich?", "de"));

        assertThat(data.getEmbeds().get(0).getDescription())
                .contains("beantworten diese Frage nicht")
                .contains("/sources");
        assertThat(data.getComponents()).isEmpty();
    }

    @Test
    void givenTheCutHelper_whenTextIsLong_thenItCutsAtAWordAndEndsWithAnEllipsis() {
        assertThat(DiscordLimits.cut("one two three four", 12)).isEqualTo("one two…");
        assertThat(DiscordLimits.cut("short", 12)).isEqualTo("short");
    }
}
