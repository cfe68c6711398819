package dev.interlinear.discord.facts;

import dev.interlinear.discord.BotText;
import dev.interlinear.serving.ServedEdition;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /numbers [article]}: the figures of an article, or of all of them. */
public final class NumbersSlashCommand extends FactsSlashCommand {

    public NumbersSlashCommand(ServedEdition edition, BotText text) {
        super(edition, text, "numbers", "The figures of an article", "article", "The article (all when empty)", false);
    }

    @Override
    MessageCreateData reply(Optional<String> article, String lang) {
        String title = article.map(a -> text.get(lang, "numbers.title", a)).orElse(text.get(lang, "numbers.title.all"));
        return renderFacts(title, facts(f -> f.numbers(article, Optional.empty(), lang)), lang, text);
    }

    @Override
    List<Command.Choice> choices(String typed, String lang) {
        return choicesOf(facts(f -> f.articles(typed)));
    }
}
