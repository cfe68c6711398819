package dev.interlinear.discord;

import dev.interlinear.answer.FactsService;
import dev.interlinear.answer.ServedEdition;
import dev.interlinear.facts.FactKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The facts commands: {@code /fact topic}, {@code /quote person}, {@code /numbers [article]} and
 * {@code /discrepancies [article]}, each a small class over one shared base. Facts are read from memory,
 * so they reply at once; autocomplete offers at most 25 choices of at most 100 characters.
 */
final class FactsCommands {

    static final int MAX_CHOICES = 25;
    static final int MAX_CHOICE_CHARS = 100;

    private FactsCommands() {
    }

    /** What every facts command works with. */
    record Services(ServedEdition edition, FactsRenderer renderer, BotText text) {
    }

    static List<SlashCommand> all(ServedEdition edition, FactsRenderer renderer, BotText text) {
        Services services = new Services(edition, renderer, text);
        return List.of(new Fact(services), new Quote(services), new Numbers(services), new Discrepancies(services));
    }

    /** One string option, autocompleted; the reply is built from its value and the user's language. */
    private abstract static class WithOption extends SlashCommandAdapter {
        private final ServedEdition edition;
        final FactsRenderer renderer;
        final BotText text;
        private final String option;
        private final String description;
        private final String optionDescription;
        private final boolean required;

        WithOption(Services services, String name, String description, String option, String optionDescription,
                   boolean required) {
            super(name);
            this.edition = services.edition();
            this.renderer = services.renderer();
            this.text = services.text();
            this.description = description;
            this.option = option;
            this.optionDescription = optionDescription;
            this.required = required;
        }

        /** Facts come from the edition being served, so an article update shows in the next reply. */
        <T> T facts(Function<FactsService, T> lookup) {
            return edition.use(e -> lookup.apply(e.facts()));
        }

        @Override
        public SlashCommandData definition(LocalizationFunction localization) {
            return Commands.slash(name(), description)
                    .addOptions(new OptionData(OptionType.STRING, option, optionDescription, required, true)
                            .setMaxLength(MAX_CHOICE_CHARS))
                    .setLocalizationFunction(localization);
        }

        @Override
        public void onSlashCommand(SlashCommandInteractionEvent event) {
            String lang = event.getUserLocale().getLocale();
            Optional<String> value = Optional.ofNullable(event.getOption(option, OptionMapping::getAsString))
                    .map(String::strip).filter(v -> !v.isEmpty());
            event.reply(reply(value, lang)).queue();
        }

        @Override
        public void onAutocomplete(CommandAutoCompleteInteractionEvent event) {
            String typed = event.getFocusedOption().getValue();
            event.replyChoices(choices(typed, event.getUserLocale().getLocale()).stream()
                    .limit(MAX_CHOICES).toList()).queue();
        }

        abstract MessageCreateData reply(Optional<String> value, String lang);

        abstract List<Command.Choice> choices(String typed, String lang);
    }

    /** Names as choices; a name longer than a choice may be cannot be offered (its value would be cut). */
    static List<Command.Choice> choicesOf(List<String> names) {
        return names.stream().filter(n -> n.length() <= MAX_CHOICE_CHARS).map(n -> new Command.Choice(n, n)).toList();
    }

    static final class Fact extends WithOption {
        Fact(Services services) {
            super(services, "fact", "Facts about a person, an organisation or a kind of figure", "topic",
                    "A person, an organisation, or money, dates, ...", true);
        }

        @Override
        MessageCreateData reply(Optional<String> topic, String lang) {
            String t = topic.orElse("");
            String shown = FactsService.kindNamed(t).map(k -> text.get(lang, "kind." + k.name())).orElse(t);
            return renderer.facts(text.get(lang, "facts.title", shown), facts(f -> f.about(t, lang)), lang);
        }

        @Override
        List<Command.Choice> choices(String typed, String lang) {
            String needle = typed.toLowerCase(Locale.ROOT).strip();
            List<Command.Choice> out = new ArrayList<>();
            for (FactKind k : FactKind.values()) {
                String label = text.get(lang, "kind." + k.name());
                if (label.toLowerCase(Locale.ROOT).contains(needle) || k.name().toLowerCase(Locale.ROOT).contains(needle)) {
                    out.add(new Command.Choice(label, k.name()));
                }
            }
            out.addAll(choicesOf(facts(f -> f.entities(typed))));
            return out;
        }
    }

    static final class Quote extends WithOption {
        Quote(Services services) {
            super(services, "quote", "What a person is quoted as saying", "person", "Who said it", true);
        }

        @Override
        MessageCreateData reply(Optional<String> person, String lang) {
            String p = person.orElse("");
            return renderer.facts(text.get(lang, "quotes.title", p), facts(f -> f.quotes(p, lang)), lang);
        }

        @Override
        List<Command.Choice> choices(String typed, String lang) {
            return choicesOf(facts(f -> f.speakers(typed)));
        }
    }

    static final class Numbers extends WithOption {
        Numbers(Services services) {
            super(services, "numbers", "The figures of an article", "article", "The article (all when empty)", false);
        }

        @Override
        MessageCreateData reply(Optional<String> article, String lang) {
            String title = article.map(a -> text.get(lang, "numbers.title", a)).orElse(text.get(lang, "numbers.title.all"));
            return renderer.facts(title, facts(f -> f.numbers(article, Optional.empty(), lang)), lang);
        }

        @Override
        List<Command.Choice> choices(String typed, String lang) {
            return choicesOf(facts(f -> f.articles(typed)));
        }
    }

    static final class Discrepancies extends WithOption {
        Discrepancies(Services services) {
            super(services, "discrepancies", "Where translations disagree on a figure", "article", "The article (all when empty)",
                    false);
        }

        @Override
        MessageCreateData reply(Optional<String> article, String lang) {
            return renderer.discrepancies(facts(f -> f.discrepancies(article)), lang);
        }

        @Override
        List<Command.Choice> choices(String typed, String lang) {
            return choicesOf(facts(f -> f.articles(typed)));
        }
    }
}
