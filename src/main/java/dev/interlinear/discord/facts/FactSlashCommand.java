package dev.interlinear.discord.facts;

import dev.interlinear.answer.FactsService;
import dev.interlinear.discord.BotText;
import dev.interlinear.facts.FactKind;
import dev.interlinear.serving.ServedEdition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /fact topic}: the facts about a person, an organisation or a kind of figure (money, dates, ...). */
public final class FactSlashCommand extends FactsSlashCommand {

    public FactSlashCommand(ServedEdition edition, BotText text) {
        super(
                edition,
                text,
                "fact",
                "Facts about a person, an organisation or a kind of figure",
                "topic",
                "A person, an organisation, or money, dates, ...",
                true);
    }

    @Override
    MessageCreateData reply(Optional<String> topic, String lang) {
        String t = topic.orElse("");
        String shown = FactsService.kindNamed(t)
                .map(k -> text.get(lang, "kind." + k.name()))
                .orElse(t);
        return renderFacts(text.get(lang, "facts.title", shown), facts(f -> f.about(t, lang)), lang, text);
    }

    /** The kinds of figure, named in the user's language, then the people and organisations. */
    @Override
    List<Command.Choice> choices(String typed, String lang) {
        String needle = typed.toLowerCase(Locale.ROOT).strip();
        List<Command.Choice> out = new ArrayList<>();
        for (FactKind k : FactKind.values()) {
            String label = text.get(lang, "kind." + k.name());
            if (label.toLowerCase(Locale.ROOT).contains(needle)
                    || k.name().toLowerCase(Locale.ROOT).contains(needle)) {
                out.add(new Command.Choice(label, k.name()));
            }
        }
        out.addAll(choicesOf(facts(f -> f.entities(typed))));
        return out;
    }
}
