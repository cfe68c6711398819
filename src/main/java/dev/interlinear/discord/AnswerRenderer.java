package dev.interlinear.discord;

import dev.interlinear.answer.AlignedSentence;
import dev.interlinear.answer.Answer;
import dev.interlinear.answer.AnswerResult;
import dev.interlinear.answer.Source;
import dev.interlinear.language.Languages;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders answers as Discord messages: an embed with the passage (the source sentence in bold), the source
 * sentence quoted, a note when the answer comes from another language, the question in the footer (so the
 * "Another answer" button can ask again after a restart), a link button to the sentence and the buttons.
 * Article text is escaped, never interpreted as markdown, and nothing in a reply may mention anyone.
 */
public final class AnswerRenderer {

    static final Color ANSWER_COLOUR = new Color(0x3B82F6);
    static final Color NOTICE_COLOUR = new Color(0x9CA3AF);
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
            return notice(text.get(lang, "not.found"));
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
        a.textLang().ifPresent(t -> notes.add(text.get(lang, "untranslated", text.languageName(t, lang),
                text.languageName(a.lang(), lang))));
        a.discrepancy().ifPresent(d -> notes.add("\u26A0\uFE0F " + text.get(lang, "discrepancy",
                text.languageName(d.lang(), lang), escapedWithin(d.figure(), 200), escapedWithin(d.ownFigure(), 200))));
        String note = DiscordLimits.cut(String.join("\n", notes), DiscordLimits.EMBED_FIELD);
        // Title, fields and footer come first; the passage gets what is left of the embed's 6 000 characters.
        int used = title.length() + sourceName.length() + source.length() + footer.length()
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
        a.readerLink().filter(l -> l.length() <= DiscordLimits.URL)
                .ifPresent(l -> buttons.add(Button.link(l, label(text.get(lang, "open.reader")))));
        ButtonIds.translations(a.article(), a.lang(), a.sentenceIndex())
                .ifPresent(id -> buttons.add(Button.secondary(id, label(text.get(lang, "button.translations")))));
        buttons.add(Button.secondary(ButtonIds.another(nextRank), label(text.get(lang, "button.another"))));
        return base().setEmbeds(embed.build()).setComponents(ActionRow.of(buttons)).build();
    }

    /** The aligned sentences of every other translation, each with its link. */
    public MessageCreateData renderTranslations(Answer a, String lang) {
        EmbedBuilder embed = new EmbedBuilder().setColor(ANSWER_COLOUR)
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
        return base().setEmbeds(embed.build()).build();
    }

    /** The list of articles and their translations for {@code /sources}. */
    public MessageCreateData renderSources(List<Source> sources, String lang) {
        if (sources.isEmpty()) {
            return notice(text.get(lang, "sources.none"));
        }
        StringBuilder description = new StringBuilder();
        String article = null;
        for (Source s : sources) {
            // An article's heading comes with its first line, so both fit or neither is shown.
            String heading = s.article().equals(article) ? ""
                    : (description.isEmpty() ? "" : "\n") + "**" + s.article() + "**\n";
            article = s.article();
            String link = s.url().orElse(s.readerLink());
            String line = "• " + Languages.nativeName(s.lang()) + " (" + s.lang() + "): ["
                    + escapedWithin(s.title(), 200).replace("]", "\\]") + "](" + link + ")\n";
            if (description.length() + heading.length() + line.length() > DiscordLimits.EMBED_DESCRIPTION - 2) {
                description.append("…");
                break;
            }
            description.append(heading).append(line);
        }
        MessageEmbed embed = new EmbedBuilder().setColor(ANSWER_COLOUR)
                .setTitle(text.get(lang, "sources.title"))
                .setDescription(description.toString().strip())
                .build();
        return base().setEmbeds(embed).build();
    }

    /** A short notice in an embed (not found, cooldown, errors). */
    public MessageCreateData notice(String message) {
        String shown = isBlank(message) ? "\u2026" : DiscordLimits.cut(message, DiscordLimits.EMBED_DESCRIPTION);
        return base().setEmbeds(new EmbedBuilder().setColor(NOTICE_COLOUR).setDescription(shown).build()).build();
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

    /** Blank as Discord sees it: nothing but spaces and control characters. */
    private static boolean isBlank(String s) {
        return s.trim().isEmpty();
    }

    private static String label(String s) {
        return DiscordLimits.cut(s, DiscordLimits.BUTTON_LABEL);
    }

    /** Markdown-escaped text within a limit; the raw text is cut first so no escape is split. */
    static String escapedWithin(String raw, int limit) {
        String cut = DiscordLimits.cut(raw, limit);
        String escaped = MarkdownSanitizer.escape(cut);
        while (escaped.length() > limit && cut.length() > 1) {
            cut = DiscordLimits.cut(cut, Math.max(1, cut.length() - Math.max(1, (escaped.length() - limit))));
            escaped = MarkdownSanitizer.escape(cut);
        }
        return escaped.length() <= limit ? escaped : "";
    }

    /** Every message of the bot: no mention of anyone, whatever the text says. */
    static MessageCreateBuilder base() {
        return new MessageCreateBuilder().setAllowedMentions(List.of()).mentionRepliedUser(false);
    }
}
