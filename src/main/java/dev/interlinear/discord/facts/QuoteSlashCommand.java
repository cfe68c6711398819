package dev.interlinear.discord.facts;

import dev.interlinear.discord.BotText;
import dev.interlinear.serving.ServedEdition;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /quote person}: what a person is quoted as saying. */
public final class QuoteSlashCommand extends FactsSlashCommand {

    public QuoteSlashCommand(ServedEdition edition, BotText text) {
        super(edition, text, "quote", "What a person is quoted as saying", "person", "Who said it", true);
    }

    @Override
    MessageCreateData reply(Optional<String> person, String lang) {
        String p = person.orElse("");
        return renderFacts(text.get(lang, "quotes.title", p), facts(f -> f.quotes(p, lang)), lang, text);
    }

    @Override
    List<Command.Choice> choices(String typed, String lang) {
        return choicesOf(facts(f -> f.speakers(typed)));
    }
}
