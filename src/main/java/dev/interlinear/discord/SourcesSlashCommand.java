package dev.interlinear.discord;

import dev.interlinear.answer.AnswerService;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;

/** {@code /sources}: the articles, their translations (in their own language's name) and links. */
public final class SourcesSlashCommand extends SlashCommandAdapter {

    private final AnswerService service;
    private final AnswerRenderer renderer;

    public SourcesSlashCommand(AnswerService service, AnswerRenderer renderer) {
        super("sources");
        this.service = service;
        this.renderer = renderer;
    }

    @Override
    public SlashCommandData definition(LocalizationFunction localization) {
        return Commands.slash(name(), "The articles, their translations and links").setLocalizationFunction(localization);
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        // A stored-field read of one document per translation: fast enough to reply at once.
        event.reply(renderer.renderSources(service.sources(), event.getUserLocale().getLocale())).queue();
    }
}
