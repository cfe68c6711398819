package dev.interlinear.discord;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;

/**
 * One slash command: its definition and its handlers. Adding a command is one class in its feature's package
 * (implementing this or extending {@link SlashCommandAdapter}) and one line in {@link DiscordBot}'s list. Every
 * handler must acknowledge its interaction within Discord's 3 seconds: reply at once, or defer and answer later.
 */
public interface SlashCommand {

    /** The command's name in English; localised names come from {@code discord/commands*.properties}. */
    String name();

    SlashCommandData definition(LocalizationFunction localization);

    void onSlashCommand(SlashCommandInteractionEvent event);

    /** The user is typing into an option with autocomplete; answer with at most 25 choices, at once. */
    default void onAutocomplete(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices(List.of()).queue();
    }

    /** A click on a button whose custom id starts with {@code name() + ":"}; args are the rest of the id. */
    void onButton(ButtonInteractionEvent event, List<String> args);
}
