package dev.interlinear.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlinear.answer.DiscrepancyView;
import dev.interlinear.answer.FactLine;
import dev.interlinear.answer.FactsService;
import dev.interlinear.app.App;
import dev.interlinear.facts.FactKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "facts",
        mixinStandardHelpOptions = true,
        description = "Lists extracted facts (figures, dates, quotes) and where translations disagree.")
final class FactsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article.")
    String article;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            description = "money, power, energy, multiple, percent, date or quote.")
    String kind;

    @Option(names = "--discrepancies", description = "Only where translations disagree on a figure.")
    boolean discrepancies;

    @Option(
            names = "--lang",
            paramLabel = "L",
            description = "Take facts from this translation where there is one (default: the default language).")
    String lang;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean quotes = kind != null && kind.equalsIgnoreCase("quote");
        Optional<FactKind> factKind = Optional.empty();
        if (kind != null && !quotes) {
            factKind = FactsService.kindNamed(kind);
            if (factKind.isEmpty()) {
                throw new UsageException(
                        "--kind must be one of money, power, energy, multiple, percent, date, quote; got " + kind);
            }
        }
        App app = new App(common.settings());
        PrintWriter out = spec.commandLine().getOut();
        try (var index = common.open(app, spec.commandLine().getErr()).index()) {
            FactsService facts = app.factsService(index);
            Optional<String> only = Optional.ofNullable(article);
            if (only.isPresent() && facts.articles(only.get()).stream().noneMatch(a -> a.equals(article))) {
                throw new UsageException("there is no article '" + article + "'");
            }
            String language = lang != null ? lang : app.settings().defaultLanguage();
            Optional<FactKind> onlyKind = factKind;
            List<DiscrepancyView> disagreements = quotes
                    ? List.of()
                    : facts.discrepancies(only).stream()
                            .filter(d -> onlyKind.isEmpty()
                                    || d.kind().equals(onlyKind.get().name()))
                            .toList();
            List<FactLine> lines = new ArrayList<>();
            if (!discrepancies) {
                if (quotes || kind == null) {
                    for (String speaker : facts.speakers("")) {
                        facts.quotes(speaker, language).stream()
                                .filter(l -> only.isEmpty() || l.article().equals(article))
                                .forEach(lines::add);
                    }
                }
                if (!quotes) {
                    lines.addAll(0, facts.numbers(only, factKind, language));
                }
            }
            if (json) {
                out.println(new ObjectMapper()
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(toJson(lines, disagreements)));
            } else {
                print(out, lines, disagreements);
            }
            out.flush();
        }
        return 0;
    }

    private void print(PrintWriter out, List<FactLine> lines, List<DiscrepancyView> disagreements) {
        for (FactLine l : lines) {
            out.printf(
                    "%-8s %s/%s#s%d  %s%n         %s%n",
                    l.kind().toLowerCase(Locale.ROOT), l.article(), l.lang(), l.sentenceIndex(), l.figure(), l.text());
        }
        if (!lines.isEmpty()) {
            out.println();
        }
        out.println(
                disagreements.isEmpty()
                        ? "No discrepancies between translations."
                        : disagreements.size() + " discrepanc" + (disagreements.size() == 1 ? "y" : "ies")
                                + " between translations:");
        for (DiscrepancyView d : disagreements) {
            out.printf(
                    "  %s (%s): %s says \"%s\", %s says \"%s\"%n    %s%n    %s%n",
                    d.article(),
                    d.kind().toLowerCase(Locale.ROOT),
                    d.left().lang(),
                    d.left().figure(),
                    d.right().lang(),
                    d.right().figure(),
                    d.left().link(),
                    d.right().link());
        }
    }

    private static ObjectNode toJson(List<FactLine> lines, List<DiscrepancyView> disagreements) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode facts = root.putArray("facts");
        for (FactLine l : lines) {
            facts.add(mapper.valueToTree(l));
        }
        ArrayNode ds = root.putArray("discrepancies");
        for (DiscrepancyView d : disagreements) {
            ds.add(mapper.valueToTree(d));
        }
        return root;
    }
}
