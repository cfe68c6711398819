package dev.interlinear.discord;

import java.awt.Color;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * What every message of the bot shares: it mentions nobody, shows article text escaped (never as markdown), and
 * a short notice (not found, cooldown, errors) is an embed of its own colour.
 */
public final class BotMessages {

    public static final Color ANSWER_COLOUR = new Color(0x3B82F6);
    private static final Color NOTICE_COLOUR = new Color(0x9CA3AF);

    private BotMessages() {}

    /** Every message of the bot: no mention of anyone, whatever the text says. */
    public static MessageCreateBuilder builder() {
        return new MessageCreateBuilder().setAllowedMentions(List.of()).mentionRepliedUser(false);
    }

    /** A short notice in an embed. */
    public static MessageCreateData notice(String message) {
        String shown = isBlank(message) ? "\u2026" : DiscordLimits.cut(message, DiscordLimits.EMBED_DESCRIPTION);
        return builder()
                .setEmbeds(new EmbedBuilder()
                        .setColor(NOTICE_COLOUR)
                        .setDescription(shown)
                        .build())
                .build();
    }

    /** Markdown-escaped text within a limit; the raw text is cut first so no escape is split. */
    public static String escapedWithin(String raw, int limit) {
        String cut = DiscordLimits.cut(raw, limit);
        String escaped = MarkdownSanitizer.escape(cut);
        while (escaped.length() > limit && cut.length() > 1) {
            cut = DiscordLimits.cut(cut, Math.max(1, cut.length() - Math.max(1, (escaped.length() - limit))));
            escaped = MarkdownSanitizer.escape(cut);
        }
        return escaped.length() <= limit ? escaped : "";
    }

    /** Blank as Discord sees it: nothing but spaces and control characters. */
    public static boolean isBlank(String s) {
        return s.trim().isEmpty();
    }
}
