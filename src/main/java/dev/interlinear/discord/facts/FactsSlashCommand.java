package dev.interlinear.discord.facts;

import static dev.interlinear.discord.BotMessages.ANSWER_COLOUR;
import static dev.interlinear.discord.BotMessages.escapedWithin;

import dev.interlinear.answer.FactLine;
import dev.interlinear.answer.FactsService;
import dev.interlinear.discord.BotMessages;
import dev.interlinear.discord.BotText;
import dev.interlinear.discord.DiscordLimits;
import dev.interlinear.discord.SlashCommandAdapter;
import dev.interlinear.serving.ServedEdition;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The base of the facts commands ({@code /fact}, {@code /quote}, {@code /numbers}, {@code /discrepancies}): one
 * string option, autocompleted; the reply is built from its value and the user's language, each figure or quote
 * with its sentence and a link, within Discord's limits. Facts are read from memory, so they reply at once;
 * autocomplete offers at most 25 choices of at most 100 characters.
 */
public abstract class FactsSlashCommand extends SlashCommandAdapter {

    static final int MAX_CHOICES = 25;
    static final int MAX_CHOICE_CHARS = 100;
    private static final int SENTENCE_CHARS = 160;

    private final ServedEdition edition;
    final BotText text;
    private final String description;
    private final OptionData option;

    FactsSlashCommand(
            ServedEdition edition,
            BotText text,
            String name,
            String description,
            String option,
            String optionDescription,
            boolean required) {
        super(name);
        this.edition = edition;
        this.text = text;
        this.description = description;
        this.option = new OptionData(OptionType.STRING, option, optionDescription, required, true)
                .setMaxLength(MAX_CHOICE_CHARS);
    }

    /** Facts come from the edition being served, so an article update shows in the next reply. */
    <T> T facts(Function<FactsService, T> lookup) {
        return edition.use(e -> lookup.apply(e.facts()));
    }

    @Override
    public SlashCommandData definition(LocalizationFunction localization) {
        return Commands.slash(name(), description).addOptions(option).setLocalizationFunction(localization);
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        String lang = event.getUserLocale().getLocale();
        Optional<String> value = Optional.ofNullable(event.getOption(option.getName(), OptionMapping::getAsString))
                .map(String::strip)
                .filter(v -> !v.isEmpty());
        event.reply(reply(value, lang)).queue();
    }

    @Override
    public void onAutocomplete(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue();
        event.replyChoices(choices(typed, event.getUserLocale().getLocale()).stream()
                        .limit(MAX_CHOICES)
                        .toList())
                .queue();
    }

    abstract MessageCreateData reply(Optional<String> value, String lang);

    abstract List<Command.Choice> choices(String typed, String lang);

    /** Names as choices; a name longer than a choice may be cannot be offered (its value would be cut). */
    static List<Command.Choice> choicesOf(List<String> names) {
        return names.stream()
                .filter(n -> n.length() <= MAX_CHOICE_CHARS)
                .map(n -> new Command.Choice(n, n))
                .toList();
    }

    /** Facts as a compact list under {@code title}. */
    public static MessageCreateData renderFacts(String title, List<FactLine> lines, String lang, BotText text) {
        if (lines.isEmpty()) {
            return BotMessages.notice(text.get(lang, "facts.none"));
        }
        StringBuilder description = new StringBuilder();
        for (FactLine l : lines) {
            String entry = l.kind().equals("QUOTE")
                    ? "• \u201C" + escapedWithin(l.text(), SENTENCE_CHARS * 2) + "\u201D ([" + l.lang() + " #"
                            + l.sentenceIndex() + "](" + l.link() + "))\n"
                    : "• **" + escapedWithin(l.figure(), 100) + "** ("
                            + text.get(lang, "kind." + l.kind()) + ") — "
                            + escapedWithin(l.text(), SENTENCE_CHARS) + " ([" + l.lang() + " #"
                            + l.sentenceIndex() + "](" + l.link() + "))\n";
            if (description.length() + entry.length() > DiscordLimits.EMBED_DESCRIPTION - 2) {
                description.append("…");
                break;
            }
            description.append(entry);
        }
        return BotMessages.builder()
                .setEmbeds(new EmbedBuilder()
                        .setColor(ANSWER_COLOUR)
                        .setTitle(escapedWithin(title, DiscordLimits.EMBED_TITLE))
                        .setDescription(description.toString().strip())
                        .build())
                .build();
    }
}
