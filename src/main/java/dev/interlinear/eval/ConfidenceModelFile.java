package dev.interlinear.eval;

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
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
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
