package dev.interlinear.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlinear.answer.AnswerConfidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Writes a fitted confidence model in the form {@link AnswerConfidence#read} reads, with how it was made. */
public final class ConfidenceModelFile {

    private ConfidenceModelFile() {}

    /**
     * @param command the command that refits it, kept in the file so that whoever changes a feature knows how
     * @param sets    what it was fitted on, one line each
     */
    public static void write(
            Path file,
            ConfidenceFit.Model model,
            Optional<ConfidenceFit.Model> otherLanguage,
            double threshold,
            String command,
            List<String> sets)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put(
                "about",
                "The chance that the best sentence answers the question (AnswerConfidence): logistic"
                        + " regression, fitted on the fit half of the public question sets, each question also asked in a"
                        + " chat form. Do not edit by hand: refit with the command below.");
        root.put("command", command);
        ArrayNode fittedOn = root.putArray("fitted_on");
        sets.forEach(fittedOn::add);
        root.put("samples", model.samples());
        root.put("log_loss", Math.round(model.logLoss() * 10000) / 10000.0);
        root.put("best_min_confidence_on_fit_half", threshold);
        ArrayNode features = root.putArray("features");
        AnswerConfidence.FEATURES.forEach(features::add);
        put(root, model);
        otherLanguage.ifPresent(o -> {
            ObjectNode other = root.putObject("other_language");
            other.put("about", "the part for sentences in another language than the question, fitted on those alone");
            other.put("samples", o.samples());
            other.put("log_loss", Math.round(o.logLoss() * 10000) / 10000.0);
            put(other, o);
        });
        // A part for small corpora is fitted on its own (writeSmallCorpus): refitting the main part keeps it.
        if (Files.isRegularFile(file)) {
            JsonNode small = mapper.readTree(file.toFile()).path("small_corpus");
            if (!small.isMissingNode()) {
                root.set("small_corpus", small);
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    /**
     * Writes the part for small corpora into an existing model file, keeping its main part.
     *
     * @param from up to this many sentences per language the part alone decides
     * @param to   from this many on the main part alone
     */
    public static void writeSmallCorpus(
            Path file, ConfidenceFit.Model model, int from, int to, String command, List<String> sets)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
        ObjectNode small = mapper.createObjectNode();
        small.put(
                "about",
                "The part for small corpora (AnswerConfidence.SmallCorpus), fitted on each fit-half article asked its"
                        + " own questions alone (each as written, in a chat form and in other words), for sentences in"
                        + " the question's language: up to from_sentences per language it alone decides, from"
                        + " to_sentences on the main part; between them the two are mixed by the logarithm of the"
                        + " size.");
        small.put("command", command);
        ArrayNode fittedOn = small.putArray("fitted_on");
        sets.forEach(fittedOn::add);
        small.put("from_sentences", from);
        small.put("to_sentences", to);
        small.put("samples", model.samples());
        small.put("log_loss", Math.round(model.logLoss() * 10000) / 10000.0);
        put(small, model);
        root.set("small_corpus", small);
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static void put(ObjectNode node, ConfidenceFit.Model model) {
        ArrayNode weights = node.putArray("weights");
        for (double w : model.weights()) {
            weights.add(Math.round(w * 1e6) / 1e6);
        }
        node.put("bias", Math.round(model.bias() * 1e6) / 1e6);
    }
}
