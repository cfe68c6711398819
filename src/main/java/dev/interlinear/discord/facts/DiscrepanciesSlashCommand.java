package dev.interlinear.discord.facts;

import static dev.interlinear.discord.BotMessages.ANSWER_COLOUR;
import static dev.interlinear.discord.BotMessages.escapedWithin;

import dev.interlinear.answer.DiscrepancyView;
import dev.interlinear.discord.BotMessages;
import dev.interlinear.discord.BotText;
import dev.interlinear.discord.DiscordLimits;
import dev.interlinear.language.Languages;
import dev.interlinear.serving.ServedEdition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /discrepancies [article]}: where the translations of an article (or of all) disagree on a figure. */
public final class DiscrepanciesSlashCommand extends FactsSlashCommand {

    public DiscrepanciesSlashCommand(ServedEdition edition, BotText text) {
        super(
                edition,
                text,
                "discrepancies",
                "Where translations disagree on a figure",
                "article",
                "The article (all when empty)",
                false);
    }

    @Override
    MessageCreateData reply(Optional<String> article, String lang) {
        return render(facts(f -> f.discrepancies(article)), lang, text);
    }

    @Override
    List<Command.Choice> choices(String typed, String lang) {
        return choicesOf(facts(f -> f.articles(typed)));
    }

    /** Each disagreement with both sides, their figures, sentences and links. */
    public static MessageCreateData render(List<DiscrepancyView> list, String lang, BotText text) {
        if (list.isEmpty()) {
            return BotMessages.notice(text.get(lang, "discrepancies.none"));
        }
        EmbedBuilder embed = new EmbedBuilder().setColor(ANSWER_COLOUR).setTitle(text.get(lang, "discrepancies.title"));
        int room = DiscordLimits.EMBED_TOTAL - 300;
        for (DiscrepancyView d : list) {
            if (embed.getFields().size() == 25) {
                break;
            }
            String value = side(d.left()) + "\n" + side(d.right());
            value = DiscordLimits.cut(value, DiscordLimits.EMBED_FIELD);
            String name =
                    d.article() + " · " + text.get(lang, "kind." + d.kind().toUpperCase(Locale.ROOT));
            room -= name.length() + value.length();
            if (room < 0) {
                break;
            }
            embed.addField(DiscordLimits.cut(name, 256), value, false);
        }
        return BotMessages.builder().setEmbeds(embed.build()).build();
    }

    private static String side(DiscrepancyView.Side s) {
        return "**" + Languages.nativeName(s.lang()) + "**: **" + escapedWithin(s.figure(), 100) + "** — \u201C"
                + escapedWithin(s.sentence(), 300) + "\u201D [#" + s.sentenceIndex() + "](" + s.link() + ")";
    }
}
