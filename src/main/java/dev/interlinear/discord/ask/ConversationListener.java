package dev.interlinear.discord.ask;

import static dev.interlinear.discord.BotMessages.notice;

import dev.interlinear.answer.AskRequest;
import dev.interlinear.discord.ReplySender;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.RestAction;

/**
 * Conversations: the bot answers when mentioned, in DMs, when someone replies to one of its answers, and in
 * the configured answer channels (there only to messages that look like questions). It ignores bots,
 * webhooks and itself, shows the typing indicator while it works, and replies to the question message.
 */
public final class ConversationListener extends ListenerAdapter {

    private final ReplySender replies;
    private final AnswerRenderer renderer;
    private final FailureText failures;
    private final Cooldown cooldown;
    private final Set<String> answerChannels;

    public ConversationListener(
            ReplySender replies,
            AnswerRenderer renderer,
            FailureText failures,
            Cooldown cooldown,
            Set<String> answerChannels) {
        this.replies = replies;
        this.renderer = renderer;
        this.failures = failures;
        this.cooldown = cooldown;
        this.answerChannels = Set.copyOf(answerChannels);
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        User author = event.getAuthor();
        if (author.isBot() || author.isSystem() || event.isWebhookMessage()) {
            return;
        }
        Message message = event.getMessage();
        User self = event.getJDA().getSelfUser();
        boolean direct = !event.isFromGuild();
        boolean mentioned = message.getMentions().isMentioned(self, Message.MentionType.USER);
        Message referenced = message.getReferencedMessage();
        boolean followUp = referenced != null && referenced.getAuthor().getIdLong() == self.getIdLong();
        String question = withoutMentionOf(self, message.getContentRaw());
        boolean inAnswerChannel =
                answerChannels.contains(event.getChannel().getId()) && replies.now(s -> s.looksLikeQuestion(question));
        if (!(direct || mentioned || followUp || inAnswerChannel)) {
            return;
        }
        Optional<String> guildLocale =
                event.isFromGuild() ? Optional.of(event.getGuild().getLocale().getLocale()) : Optional.empty();
        String noticeLang = guildLocale.orElse("en");

        Optional<Duration> wait = cooldown.tryAcquire(author.getId());
        if (wait.isPresent()) {
            // A polite word in private: a channel should not fill up with "please wait".
            author.openPrivateChannel()
                    .flatMap(dm -> dm.sendMessage(notice(failures.tooSoon(wait.get(), noticeLang))))
                    .queue(ok -> {}, err -> {});
            return;
        }
        event.getChannel().sendTyping().queue(ok -> {}, err -> {});
        AskRequest request = new AskRequest(question, Optional.empty(), Optional.empty(), guildLocale);
        replies.reply(
                service -> renderer.render(service.ask(request)),
                (reply, failure) -> failure == null
                        ? message.reply(reply)
                        : privateNotice(
                                author, message, failures.describe(failure, noticeLang, "message " + message.getId())));
    }

    /** A failure is told in private; when the asker takes no DMs, as a reply to the question. */
    private RestAction<?> privateNotice(User author, Message message, String explanation) {
        return author.openPrivateChannel()
                .flatMap(dm -> dm.sendMessage(notice(explanation)))
                .onErrorFlatMap(err -> message.reply(notice(explanation)));
    }

    /** The question without the bot's mention ("<@123> was ist ..." asks "was ist ..."). */
    static String withoutMentionOf(User self, String content) {
        return Pattern.compile("<@!?" + self.getId() + ">")
                .matcher(content)
                .replaceAll(" ")
                .strip();
    }
}
