package dev.interlinear.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A REST request the bot sent to the fake, with the fake's answer.
 *
 * @param method   the HTTP method, e.g. {@code POST}
 * @param path     the path relative to the API base, without leading slash, e.g. {@code channels/123/messages}
 * @param query    the raw query string, or {@code ""} when there is none (e.g. {@code with_response=true})
 * @param body     the JSON body (for multipart requests the {@code payload_json} part); a missing node when empty
 * @param status   the HTTP status the fake answered
 * @param response the JSON the fake answered with (e.g. the message object it created); a missing node for 204
 * @param receivedAt when the fake received the request (for protocol deadlines such as an interaction's 3 s)
 */
public record RecordedRequest(
        String method, String path, String query, JsonNode body, int status, JsonNode response, Instant receivedAt) {

    /** A predicate matching requests with this method whose path matches the regular expression entirely. */
    public static Predicate<RecordedRequest> matching(String method, String pathRegex) {
        Pattern pattern = Pattern.compile(pathRegex);
        return request -> request.method.equalsIgnoreCase(method)
                && pattern.matcher(request.path).matches();
    }

    /** Whether this request has the method and a path matching the regular expression entirely. */
    public boolean is(String method, String pathRegex) {
        return matching(method, pathRegex).test(this);
    }

    /** A text field of the body, or {@code null}. */
    public String bodyText(String field) {
        JsonNode value = body.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    @Override
    public String toString() {
        String q = query.isEmpty() ? "" : "?" + query;
        String b = body.isMissingNode() ? "" : " " + abbreviate(body.toString());
        return method + " " + path + q + " -> " + status + b;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
