package dev.interlinear.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;

/** {@code /sources}: the articles, their translations (in their own language's name) and links. */
public final class SourcesSlashCommand extends SlashCommandAdapter {

    private final Answering answering;
    private final AnswerRenderer renderer;

    public SourcesSlashCommand(Answering answering, AnswerRenderer renderer) {
        super("sources");
        this.answering = answering;
        this.renderer = renderer;
    }

    @Override
    public SlashCommandData definition(LocalizationFunction localization) {
        return Commands.slash(name(), "The articles, their translations and links").setLocalizationFunction(localization);
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        // A stored-field read of one document per translation: fast enough to reply at once.
        event.reply(renderer.renderSources(answering.now(s -> s.sources()), event.getUserLocale().getLocale())).queue();
    }
}
