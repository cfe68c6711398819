package dev.interlinear.discord;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Every limit Discord puts on a bot's message (https://discord.com/developers/docs/resources/message): a reply
 * over any of them is refused by Discord, or by JDA before it is sent, and the asker gets nothing.
 */
final class DiscordLimitsCheck {

    static final int MAX_EMBEDS = 10;
    static final int MAX_FIELDS = 25;
    static final int FIELD_NAME = 256;
    static final int AUTHOR_NAME = 256;
    static final int MAX_ROWS = 5;

    private DiscordLimitsCheck() {}

    static void assertWithinLimits(MessageCreateData data) {
        assertThat(data.getContent()).as("content").hasSizeLessThanOrEqualTo(DiscordLimits.CONTENT);
        assertThat(data.getEmbeds()).as("embeds").hasSizeLessThanOrEqualTo(MAX_EMBEDS);
        assertThat(data.getContent().isEmpty() && data.getEmbeds().isEmpty())
                .as("an empty message")
                .isFalse();
        int total = 0;
        for (MessageEmbed embed : data.getEmbeds()) {
            assertThat(embed.isEmpty()).as("an empty embed").isFalse();
            if (embed.getTitle() != null) {
                assertThat(embed.getTitle()).as("embed title").hasSizeLessThanOrEqualTo(DiscordLimits.EMBED_TITLE);
            }
            if (embed.getDescription() != null) {
                assertThat(embed.getDescription())
                        .as("embed description")
                        .hasSizeLessThanOrEqualTo(DiscordLimits.EMBED_DESCRIPTION);
            }
            assertThat(embed.getFields()).as("fields").hasSizeLessThanOrEqualTo(MAX_FIELDS);
            for (MessageEmbed.Field f : embed.getFields()) {
                assertThat(f.getName()).as("field name").isNotEmpty().hasSizeLessThanOrEqualTo(FIELD_NAME);
                assertThat(f.getValue())
                        .as("field value")
                        .isNotEmpty()
                        .hasSizeLessThanOrEqualTo(DiscordLimits.EMBED_FIELD);
            }
            if (embed.getFooter() != null && embed.getFooter().getText() != null) {
                assertThat(embed.getFooter().getText())
                        .as("footer")
                        .hasSizeLessThanOrEqualTo(DiscordLimits.EMBED_FOOTER);
            }
            if (embed.getAuthor() != null && embed.getAuthor().getName() != null) {
                assertThat(embed.getAuthor().getName()).as("author").hasSizeLessThanOrEqualTo(AUTHOR_NAME);
            }
            total += embed.getLength();
        }
        // The 6 000 characters are for all the embeds of a message together.
        assertThat(total).as("embeds in total").isLessThanOrEqualTo(DiscordLimits.EMBED_TOTAL);
        assertThat(data.getComponents()).as("rows").hasSizeLessThanOrEqualTo(MAX_ROWS);
        data.getComponents().forEach(component -> {
            ActionRow row = (ActionRow) component;
            assertThat(row.getButtons())
                    .as("buttons in a row")
                    .isNotEmpty()
                    .hasSizeLessThanOrEqualTo(DiscordLimits.BUTTONS_PER_ROW);
            for (Button b : row.getButtons()) {
                assertThat(b.getLabel())
                        .as("button label")
                        .isNotEmpty()
                        .hasSizeLessThanOrEqualTo(DiscordLimits.BUTTON_LABEL);
                if (b.getUrl() != null) {
                    assertThat(b.getUrl()).as("button URL").hasSizeLessThanOrEqualTo(DiscordLimits.URL);
                } else {
                    assertThat(b.getCustomId())
                            .as("custom id")
                            .isNotEmpty()
                            .hasSizeLessThanOrEqualTo(DiscordLimits.CUSTOM_ID);
                }
            }
        });
        // Whatever the text says, nobody is pinged.
        assertThat(data.getAllowedMentions()).as("allowed mentions").isEmpty();
        assertThat(data.getMentionedUsers()).isEmpty();
        assertThat(data.getMentionedRoles()).isEmpty();
    }
}
