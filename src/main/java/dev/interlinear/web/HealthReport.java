package dev.interlinear.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlinear.serving.Health;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The answer of {@code /health}: the keys clients read since the start ({@code status}, {@code index},
 * {@code sentences}, {@code discord} when a bot runs) and every part the service reports under {@code parts}.
 * 503 exactly when answers cannot be given: an essential part is down, or the served index holds no sentence.
 *
 * @param status the HTTP status
 */
record HealthReport(int status, ObjectNode body) {

    static HealthReport of(Health health, int sentences, String generation, ObjectMapper mapper) {
        Map<String, Health.Part> parts = new TreeMap<>();
        health.parts().forEach(p -> parts.put(p.name(), p));
        Health.Overall overall = health.overall();
        boolean empty = sentences <= 0;
        // The index part is what this server serves, told by the served edition itself when nobody reported it.
        Health.Part index = parts.get(Health.INDEX);
        if (empty) {
            overall = Health.Overall.UNAVAILABLE;
            parts.put(
                    Health.INDEX,
                    new Health.Part(Health.INDEX, Health.State.DOWN, true, "the served index holds no sentence"));
        } else if (index == null) {
            parts.put(
                    Health.INDEX,
                    new Health.Part(
                            Health.INDEX, Health.State.OK, true, sentences + " sentences in generation " + generation));
        }

        ObjectNode body = mapper.createObjectNode();
        body.put("status", overall.label());
        body.put("index", empty ? "empty" : "loaded");
        body.put("sentences", sentences);
        Optional.ofNullable(parts.get(Health.DISCORD))
                .ifPresent(d -> body.put("discord", d.state() == Health.State.DOWN ? "disconnected" : "connected"));
        ObjectNode byName = body.putObject("parts");
        parts.values()
                .forEach(p -> byName.putObject(p.name())
                        .put("state", p.state().name().toLowerCase(Locale.ROOT))
                        .put("essential", p.essential())
                        .put("detail", p.detail()));
        return new HealthReport(overall == Health.Overall.UNAVAILABLE ? 503 : 200, body);
    }
}
