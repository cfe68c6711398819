package dev.interlinear.discord;

import static dev.interlinear.discord.BotMessages.notice;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes slash commands, autocompletion and button clicks to their {@link SlashCommand} (a button's custom id starts
 * with its command's name); failures get a private notice.
 */
final class CommandRouter extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRouter.class);

    private final Map<String, SlashCommand> commands;
    private final BotText text;

    CommandRouter(List<SlashCommand> commands, BotText text) {
        this.commands =
                commands.stream().collect(Collectors.toUnmodifiableMap(SlashCommand::name, Function.identity()));
        this.text = text;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        String lang = event.getUserLocale().getLocale();
        if (command == null) {
            event.reply(notice(text.get(lang, "error"))).setEphemeral(true).queue();
            LOG.warn("slash command /{} is not known to this version of the bot", event.getName());
            return;
        }
        try {
            command.onSlashCommand(event);
        } catch (RuntimeException e) {
            LOG.error(
                    "/{} failed for user {} in {}",
                    event.getName(),
                    event.getUser().getId(),
                    event.isFromGuild() ? "guild " + event.getGuild().getId() : "a DM",
                    e);
            if (!event.isAcknowledged()) {
                event.reply(notice(text.get(lang, "error"))).setEphemeral(true).queue();
            }
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        try {
            if (command == null) {
                event.replyChoices(List.of()).queue();
            } else {
                command.onAutocomplete(event);
            }
        } catch (RuntimeException e) {
            LOG.error("autocomplete of /{} failed", event.getName(), e);
            if (!event.isAcknowledged()) {
                event.replyChoices(List.of()).queue();
            }
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        List<String> id = List.of(event.getComponentId().split(":"));
        SlashCommand command = commands.get(id.get(0));
        String lang = event.getUserLocale().getLocale();
        try {
            if (command == null) {
                throw new IllegalStateException("no command owns button " + event.getComponentId());
            }
            command.onButton(event, id.subList(1, id.size()));
        } catch (RuntimeException e) {
            LOG.error(
                    "button {} failed for user {}",
                    event.getComponentId(),
                    event.getUser().getId(),
                    e);
            if (!event.isAcknowledged()) {
                event.reply(notice(text.get(lang, "error"))).setEphemeral(true).queue();
            }
        }
    }
}
