package dev.interlinear.discord.ask;

import dev.interlinear.discord.DiscordLimits;
import java.util.Optional;

/**
 * Button custom ids. The state a button needs lives in its id (and in the message it sits on), never in
 * memory, so buttons keep working after a restart: {@code ask:tr:<article>:<lang>:<n>} shows a sentence in
 * the other translations, {@code ask:next:<k>} the k-th alternative answer to the question in the footer.
 */
final class ButtonIds {

    static final String COMMAND = "ask";
    static final String TRANSLATIONS = "tr";
    static final String ANOTHER = "next";

    private ButtonIds() {}

    static Optional<String> translations(String article, String lang, int sentenceIndex) {
        String id = String.join(":", COMMAND, TRANSLATIONS, article, lang, Integer.toString(sentenceIndex));
        return id.length() <= DiscordLimits.CUSTOM_ID ? Optional.of(id) : Optional.empty();
    }

    static String another(int rank) {
        return String.join(":", COMMAND, ANOTHER, Integer.toString(rank));
    }
}
