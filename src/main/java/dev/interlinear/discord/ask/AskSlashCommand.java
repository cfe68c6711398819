package dev.interlinear.discord.ask;

import static dev.interlinear.discord.BotMessages.notice;

import dev.interlinear.answer.Alternative;
import dev.interlinear.answer.Answer;
import dev.interlinear.answer.AnswerResult;
import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.discord.BotText;
import dev.interlinear.discord.ReplySender;
import dev.interlinear.discord.SlashCommandAdapter;
import dev.interlinear.language.Languages;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * {@code /ask question [language] [private]}, and the buttons under its answers: "Other translations" and
 * "Another answer". Answers are deferred at once (within Discord's 3 s) and sent when ready.
 */
public final class AskSlashCommand extends SlashCommandAdapter {

    static final String QUESTION = "question";
    static final String LANGUAGE = "language";
    static final String PRIVATE = "private";

    private final ReplySender replies;
    private final AnswerRenderer renderer;
    private final FailureText failures;
    private final Cooldown cooldown;
    private final BotText text;
    private final List<String> languages;

    public AskSlashCommand(
            ReplySender replies,
            AnswerRenderer renderer,
            FailureText failures,
            BotText text,
            Cooldown cooldown,
            List<String> languages) {
        super(ButtonIds.COMMAND);
        this.replies = replies;
        this.renderer = renderer;
        this.failures = failures;
        this.cooldown = cooldown;
        this.text = text;
        this.languages = List.copyOf(languages);
    }

    @Override
    public SlashCommandData definition(LocalizationFunction localization) {
        OptionData language = new OptionData(OptionType.STRING, LANGUAGE, "Answer in this language", false);
        languages.stream().limit(25).forEach(l -> language.addChoice(Languages.nativeName(l), l));
        return Commands.slash(name(), "Ask the articles a question")
                .addOptions(
                        new OptionData(OptionType.STRING, QUESTION, "Your question, in any language", true)
                                .setMaxLength(AnswerService.MAX_TYPED_QUESTION_CHARS),
                        language,
                        new OptionData(OptionType.BOOLEAN, PRIVATE, "Only you see the answer", false))
                .setLocalizationFunction(localization);
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        String userLocale = event.getUserLocale().getLocale();
        Optional<String> guildLocale =
                event.isFromGuild() ? Optional.of(event.getGuildLocale().getLocale()) : Optional.empty();
        String question = event.getOption(QUESTION, "", OptionMapping::getAsString);
        Optional<String> language = Optional.ofNullable(event.getOption(LANGUAGE, OptionMapping::getAsString));
        boolean ephemeral = event.getOption(PRIVATE, false, OptionMapping::getAsBoolean);
        String noticeLang = language.orElse(userLocale);

        Optional<Duration> wait = cooldown.tryAcquire(event.getUser().getId());
        if (wait.isPresent()) {
            event.reply(notice(failures.tooSoon(wait.get(), noticeLang)))
                    .setEphemeral(true)
                    .queue();
            return;
        }
        // The deferral goes out first, within Discord's 3 s; the answer then replaces the "thinking..." message.
        replies.send(event.deferReply(ephemeral));
        InteractionHook hook = event.getHook();
        AskRequest request = new AskRequest(question, language, Optional.of(userLocale), guildLocale);
        replies.reply(
                service -> renderer.render(service.ask(request)),
                (reply, failure) -> failure == null
                        ? hook.editOriginal(MessageEditData.fromCreateData(reply))
                        : replaceWithPrivateNotice(hook, failures.describe(failure, noticeLang, "/ask " + question)));
    }

    @Override
    public void onButton(ButtonInteractionEvent event, List<String> args) {
        String lang = event.getUserLocale().getLocale();
        replies.send(event.deferReply(true));
        InteractionHook hook = event.getHook();
        if (args.size() == 4 && args.get(0).equals(ButtonIds.TRANSLATIONS)) {
            String article = args.get(1);
            String answerLang = args.get(2);
            int index = Integer.parseInt(args.get(3));
            replies.reply(
                    s -> s.sentence(article, answerLang, index)
                            .map(a -> renderer.renderTranslations(a, lang))
                            .orElseGet(() -> notice(text.get(lang, "translations.none"))),
                    (reply, failure) -> hook.sendMessage(
                            failure == null
                                    ? reply
                                    : notice(failures.describe(failure, lang, "translations of " + args))));
        } else if (args.size() == 2 && args.get(0).equals(ButtonIds.ANOTHER)) {
            int rank = Integer.parseInt(args.get(1));
            String question = questionOf(event);
            replies.reply(
                    s -> another(s, question, lang, rank),
                    (reply, failure) -> hook.sendMessage(
                            failure == null
                                    ? reply
                                    : notice(failures.describe(failure, lang, "another answer to " + question))));
        } else {
            replies.send(hook.sendMessage(notice(text.get(lang, "error"))));
        }
    }

    /** The rank-th alternative to the question, shown like an answer, its button offering the next one. */
    private MessageCreateData another(AnswerService service, String question, String locale, int rank) {
        AnswerResult first = service.ask(AskRequest.of(question).withUserLocale(locale));
        if (question.isEmpty() || first.alternatives().size() < rank) {
            return notice(text.get(first.language(), "no.other"));
        }
        Alternative alt = first.alternatives().get(rank - 1);
        Optional<Answer> answer = service.sentence(alt.article(), alt.lang(), alt.sentenceIndex());
        if (answer.isEmpty()) {
            return notice(text.get(first.language(), "no.other"));
        }
        AnswerResult shown = new AnswerResult(
                question,
                first.language(),
                true,
                !Languages.base(alt.lang()).equals(first.language()),
                answer,
                List.of());
        return renderer.render(shown, rank + 1);
    }

    /** The question an answer message answers: the renderer puts it in the embed's footer. */
    private static String questionOf(ButtonInteractionEvent event) {
        List<MessageEmbed> embeds = event.getMessage().getEmbeds();
        if (embeds.isEmpty()
                || embeds.get(0).getFooter() == null
                || embeds.get(0).getFooter().getText() == null) {
            return "";
        }
        return embeds.get(0).getFooter().getText();
    }

    /** Errors are private: the public "thinking..." placeholder goes (if it can), a private notice comes. */
    private RestAction<?> replaceWithPrivateNotice(InteractionHook hook, String message) {
        return hook.deleteOriginal()
                .onErrorMap(err -> null)
                .flatMap(deleted -> hook.sendMessage(notice(message)).setEphemeral(true));
    }
}
