package dev.interlinear.discord.facts;

import static dev.interlinear.discord.BotMessages.ANSWER_COLOUR;
import static dev.interlinear.discord.BotMessages.escapedWithin;

import dev.interlinear.answer.DiscrepancyView;
import dev.interlinear.answer.FactLine;
import dev.interlinear.discord.BotMessages;
import dev.interlinear.discord.BotText;
import dev.interlinear.discord.DiscordLimits;
import dev.interlinear.language.Languages;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Facts as compact lists: each figure or quote with its sentence and a link, within Discord's limits. */
public final class FactsRenderer {

    private static final int SENTENCE_CHARS = 160;

    private final BotText text;

    public FactsRenderer(BotText text) {
        this.text = text;
    }

    public MessageCreateData facts(String title, List<FactLine> lines, String lang) {
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
        return BotMessages.builder().setEmbeds(new EmbedBuilder().setColor(ANSWER_COLOUR)
                .setTitle(escapedWithin(title, DiscordLimits.EMBED_TITLE))
                .setDescription(description.toString().strip()).build()).build();
    }

    public MessageCreateData discrepancies(List<DiscrepancyView> list, String lang) {
        if (list.isEmpty()) {
            return BotMessages.notice(text.get(lang, "discrepancies.none"));
        }
        EmbedBuilder embed = new EmbedBuilder().setColor(ANSWER_COLOUR)
                .setTitle(text.get(lang, "discrepancies.title"));
        int room = DiscordLimits.EMBED_TOTAL - 300;
        for (DiscrepancyView d : list) {
            if (embed.getFields().size() == 25) {
                break;
            }
            String value = side(d.left()) + "\n" + side(d.right());
            value = DiscordLimits.cut(value, DiscordLimits.EMBED_FIELD);
            String name = d.article() + " · " + text.get(lang, "kind." + d.kind().toUpperCase(Locale.ROOT));
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
