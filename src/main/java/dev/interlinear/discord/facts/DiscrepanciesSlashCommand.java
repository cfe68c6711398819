package dev.interlinear.discord.facts;

import dev.interlinear.answer.ServedEdition;
import dev.interlinear.discord.BotText;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /discrepancies [article]}: where the translations of an article (or of all) disagree on a figure. */
public final class DiscrepanciesSlashCommand extends FactsSlashCommand {

    public DiscrepanciesSlashCommand(ServedEdition edition, FactsRenderer renderer, BotText text) {
        super(edition, renderer, text, "discrepancies", "Where translations disagree on a figure", "article",
                "The article (all when empty)", false);
    }

    @Override
    MessageCreateData reply(Optional<String> article, String lang) {
        return renderer.discrepancies(facts(f -> f.discrepancies(article)), lang);
    }

    @Override
    List<Command.Choice> choices(String typed, String lang) {
        return choicesOf(facts(f -> f.articles(typed)));
    }
}
