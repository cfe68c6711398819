package dev.interlinear.discord.ask;

import static dev.interlinear.discord.BotMessages.ANSWER_COLOUR;
import static dev.interlinear.discord.BotMessages.escapedWithin;
import static dev.interlinear.discord.BotMessages.isBlank;

import dev.interlinear.answer.AlignedSentence;
import dev.interlinear.answer.Answer;
import dev.interlinear.answer.AnswerResult;
import dev.interlinear.discord.BotMessages;
import dev.interlinear.discord.BotText;
import dev.interlinear.discord.DiscordLimits;
import dev.interlinear.language.Languages;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders answers as Discord messages: an embed with the passage (the source sentence in bold), the source
 * sentence quoted, a note when the answer comes from another language, the question in the footer (so the
 * "Another answer" button can ask again after a restart), a link button to the sentence and the buttons.
 * Article text is escaped, never interpreted as markdown, and nothing in a reply may mention anyone.
 */
public final class AnswerRenderer {

    private static final int FIELD_NAME = 256;
    private static final String NOTE_NAME = "\u2139\uFE0F";

    private final BotText text;

    public AnswerRenderer(BotText text) {
        this.text = text;
    }

    /** The reply to a question: the answer, or the localised "not in the articles". */
    public MessageCreateData render(AnswerResult result) {
        return render(result, 1);
    }

    /**
     * @param nextRank the rank the "Another answer" button asks for (1 = the first alternative)
     */
    public MessageCreateData render(AnswerResult result, int nextRank) {
        String lang = result.language();
        if (result.answer().isEmpty()) {
            return BotMessages.notice(text.get(lang, "not.found"));
        }
        Answer a = result.answer().get();
        String title = escapedWithin(isBlank(a.title()) ? a.article() : a.title(), DiscordLimits.EMBED_TITLE);
        String sourceName = text.get(lang, "source.sentence");
        String source = quote(a.sentence());
        // The footer keeps the question whole where it can: the "Another answer" button asks it again.
        String footer = DiscordLimits.cut(result.question(), DiscordLimits.EMBED_FOOTER);
        List<String> notes = new ArrayList<>();
        if (result.fallback()) {
            notes.add(text.get(lang, "fallback", text.languageName(lang, lang), text.languageName(a.lang(), lang)));
        }
        a.textLang()
                .ifPresent(t -> notes.add(
                        text.get(lang, "untranslated", text.languageName(t, lang), text.languageName(a.lang(), lang))));
        a.discrepancy()
                .ifPresent(d -> notes.add("\u26A0\uFE0F "
                        + text.get(
                                lang,
                                "discrepancy",
                                text.languageName(d.lang(), lang),
                                escapedWithin(d.figure(), 200),
                                escapedWithin(d.ownFigure(), 200))));
        String note = DiscordLimits.cut(String.join("\n", notes), DiscordLimits.EMBED_FIELD);
        // Title, fields and footer come first; the passage gets what is left of the embed's 6 000 characters.
        int used = title.length()
                + sourceName.length()
                + source.length()
                + footer.length()
                + (note.isEmpty() ? 0 : NOTE_NAME.length() + note.length());
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(ANSWER_COLOUR)
                .setTitle(title.isEmpty() ? null : title)
                .setDescription(passage(a, Math.min(DiscordLimits.EMBED_DESCRIPTION, DiscordLimits.EMBED_TOTAL - used)))
                .addField(sourceName, source, false);
        if (!note.isEmpty()) {
            embed.addField(NOTE_NAME, note, false);
        }
        if (!isBlank(footer)) {
            embed.setFooter(footer);
        }
        List<Button> buttons = new ArrayList<>();
        if (a.link().length() <= DiscordLimits.URL) {
            buttons.add(Button.link(a.link(), label(text.get(lang, "open.link") + " (" + a.lang() + ")")));
        }
        a.readerLink()
                .filter(l -> l.length() <= DiscordLimits.URL)
                .ifPresent(l -> buttons.add(Button.link(l, label(text.get(lang, "open.reader")))));
        ButtonIds.translations(a.article(), a.lang(), a.sentenceIndex())
                .ifPresent(id -> buttons.add(Button.secondary(id, label(text.get(lang, "button.translations")))));
        buttons.add(Button.secondary(ButtonIds.another(nextRank), label(text.get(lang, "button.another"))));
        return BotMessages.builder()
                .setEmbeds(embed.build())
                .setComponents(ActionRow.of(buttons))
                .build();
    }

    /** The aligned sentences of every other translation, each with its link. */
    public MessageCreateData renderTranslations(Answer a, String lang) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(ANSWER_COLOUR)
                .setTitle(escapedWithin(text.get(lang, "translations.title"), DiscordLimits.EMBED_TITLE));
        int room = DiscordLimits.EMBED_TOTAL - 400;
        for (AlignedSentence t : a.translations()) {
            if (embed.getFields().size() == 25) {
                break;
            }
            // A link longer than Discord takes in a button would not fit beside the sentence either: left out.
            String link = t.link().length() <= DiscordLimits.URL ? "\n" + t.link() : "";
            String value = DiscordLimits.cut(quote(t.sentence()), DiscordLimits.EMBED_FIELD - link.length()) + link;
            String name = DiscordLimits.cut(Languages.nativeName(t.lang()) + " (" + t.lang() + ")", FIELD_NAME);
            room -= name.length() + value.length();
            if (room < 0) {
                break;
            }
            embed.addField(name, value, false);
        }
        if (embed.getFields().isEmpty()) {
            embed.setDescription(text.get(lang, "translations.none"));
        }
        return BotMessages.builder().setEmbeds(embed.build()).build();
    }

    /** The source sentence in bold between its neighbours, within {@code room} characters. */
    private static String passage(Answer a, int room) {
        String escaped = escapedWithin(a.sentence(), room / 2 - 4);
        String sentence = isBlank(escaped) ? "" : "**" + escaped + "**";
        int left = room - sentence.length() - 2;
        String before = a.context().isEmpty() ? "" : escapedWithin(a.context().get(0), left / 2);
        String after = a.context().size() < 2 ? "" : escapedWithin(a.context().get(1), left / 2);
        return (before + " " + sentence + " " + after).strip();
    }

    /** The sentence as a block quote on one line (a line break would need a "> " of its own). */
    private static String quote(String sentence) {
        return "> " + escapedWithin(sentence.replaceAll("\\R", " "), DiscordLimits.EMBED_FIELD - 2);
    }

    private static String label(String s) {
        return DiscordLimits.cut(s, DiscordLimits.BUTTON_LABEL);
    }
}
