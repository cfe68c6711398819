package dev.interlinear.discord.sources;

import static dev.interlinear.discord.BotMessages.ANSWER_COLOUR;
import static dev.interlinear.discord.BotMessages.escapedWithin;

import dev.interlinear.answer.Source;
import dev.interlinear.discord.BotMessages;
import dev.interlinear.discord.BotText;
import dev.interlinear.discord.DiscordLimits;
import dev.interlinear.discord.ReplySender;
import dev.interlinear.discord.SlashCommandAdapter;
import dev.interlinear.language.Languages;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /sources}: the articles, their translations (in their own language's name) and links. */
public final class SourcesSlashCommand extends SlashCommandAdapter {

    private final ReplySender replies;
    private final BotText text;

    public SourcesSlashCommand(ReplySender replies, BotText text) {
        super("sources");
        this.replies = replies;
        this.text = text;
    }

    @Override
    public SlashCommandData definition(LocalizationFunction localization) {
        return Commands.slash(name(), "The articles, their translations and links")
                .setLocalizationFunction(localization);
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        // A stored-field read of one document per translation: fast enough to reply at once.
        event.reply(render(replies.now(s -> s.sources()), event.getUserLocale().getLocale(), text))
                .queue();
    }

    /** The list of articles and their translations. */
    public static MessageCreateData render(List<Source> sources, String lang, BotText text) {
        if (sources.isEmpty()) {
            return BotMessages.notice(text.get(lang, "sources.none"));
        }
        StringBuilder description = new StringBuilder();
        String article = null;
        for (Source s : sources) {
            // An article's heading comes with its first line, so both fit or neither is shown.
            String heading = s.article().equals(article)
                    ? ""
                    : (description.isEmpty() ? "" : "\n") + "**" + s.article() + "**\n";
            article = s.article();
            String link = s.url().orElse(s.readerLink());
            String line = "• " + Languages.nativeName(s.lang()) + " (" + s.lang() + "): ["
                    + escapedWithin(s.title(), 200).replace("]", "\\]") + "](" + link + ")\n";
            if (description.length() + heading.length() + line.length() > DiscordLimits.EMBED_DESCRIPTION - 2) {
                description.append("…");
                break;
            }
            description.append(heading).append(line);
        }
        MessageEmbed embed = new EmbedBuilder()
                .setColor(ANSWER_COLOUR)
                .setTitle(text.get(lang, "sources.title"))
                .setDescription(description.toString().strip())
                .build();
        return BotMessages.builder().setEmbeds(embed).build();
    }
}
