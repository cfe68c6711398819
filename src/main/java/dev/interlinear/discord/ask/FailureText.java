package dev.interlinear.discord.ask;

import dev.interlinear.answer.InvalidQuestionException;
import dev.interlinear.discord.BotText;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The short text a user sees when a question gets no answer: a failure (logged with its context, never silently)
 * or a question asked too soon after the last.
 */
public final class FailureText {

    private static final Logger LOG = LoggerFactory.getLogger(FailureText.class);

    private final BotText text;

    public FailureText(BotText text) {
        this.text = text;
    }

    /** The user's message for a failure; unexpected ones are logged with the context given. */
    public String describe(Throwable failure, String lang, String context) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof InvalidQuestionException invalid) {
            // Said in the language the answer would have been in, else the asker's: never the English message.
            String in = invalid.language().orElse(lang);
            return text.get(
                    in,
                    "invalid",
                    text.get(in, invalid.reason().key(), invalid.arguments().toArray()));
        }
        if (cause instanceof RejectedExecutionException) {
            // Not a fault: a question that came while the bot shuts down.
            LOG.info("not answering ({}): the bot is shutting down", context);
            return text.get(lang, "error");
        }
        LOG.error("answering failed ({})", context, cause);
        return text.get(lang, "error");
    }

    /** The user asked within the cooldown and has to wait this long. */
    public String tooSoon(Duration wait, String lang) {
        return text.get(lang, "cooldown", Cooldown.seconds(wait));
    }
}
