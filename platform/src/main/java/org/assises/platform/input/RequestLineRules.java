package org.assises.platform.input;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.assises.platform.problem.Problem;

/**
 * Checks the request line before any resource is chosen: a URL longer than {@link #MAX_URL} is a 414
 * problem, a path or query parameter with a control character (NUL included) or broken percent-encoding
 * or a path segment longer than {@link #MAX_SEGMENT} is a 400 problem naming the parameter, so no such value reaches a service or its database.
 */
public class RequestLineRules {

    /** Longest URL a service reads; the HTTP server's own limit is above it so this answer is a problem. */
    public static final int MAX_URL = 8192;
    /** Longest path segment: codes and ids are far shorter, and a longer one would only overflow a column. */
    public static final int MAX_SEGMENT = 200;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String instance;
        try {
            String raw = request.getUriInfo().getRequestUri().getRawPath();
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            int length = raw.length() + (query == null ? 0 : query.length() + 1);
            if (length > MAX_URL) {
                return problem(414, "uri-too-long", "URI too long",
                        "The URL is " + length + " characters long; at most " + MAX_URL + " are read.", raw, null);
            }
            if (!percentEncodedUtf8(raw) || query != null && !percentEncodedUtf8(query)) {
                return problem(400, "bad-request", "Bad request", "The URL holds percent-encoded bytes that are not UTF-8.", null, null);
            }
            instance = request.getUriInfo().getPath();
            String reason = TextRules.parameterViolation(instance);
            if (reason != null) {
                return problem(400, "validation", "Invalid request", "path: " + reason, raw, "path");
            }
            for (String segment : instance.split("/")) {
                if (segment.length() > MAX_SEGMENT) {
                    return problem(400, "validation", "Invalid request", "path: a segment is longer than " + MAX_SEGMENT
                            + " characters", raw.substring(0, Math.min(raw.length(), 100)), "path");
                }
            }
            for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
                String name = TextRules.parameterViolation(parameter.getKey()) == null ? parameter.getKey() : "query";
                if (!name.equals(parameter.getKey())) {
                    return problem(400, "validation", "Invalid request", "a query parameter name contains a control character",
                            raw, name);
                }
                for (String value : parameter.getValue()) {
                    reason = TextRules.parameterViolation(value);
                    if (reason != null) {
                        return problem(400, "validation", "Invalid request", name + ": " + reason, raw, name);
                    }
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            return problem(400, "bad-request", "Bad request", "The URL is not correctly percent-encoded.", null, null);
        }
        return null;
    }

    /** Whether the percent-encoded bytes of a raw URL part decode as UTF-8 (a decoder would silently put U+FFFD instead). */
    private static boolean percentEncodedUtf8(String raw) {
        if (raw.indexOf('%') < 0) {
            return true;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                int value = java.util.HexFormat.fromHexDigits(raw, i + 1, i + 3);
                bytes.write(value);
                i += 2;
            } else if (c == '%') {
                throw new IllegalArgumentException("truncated percent-encoding");
            } else {
                bytes.write(c);
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static Response problem(int status, String slug, String title, String detail, String instance, String field) {
        List<Problem.Violation> violations = field == null ? null : List.of(new Problem.Violation(field, detail.substring(detail.indexOf(": ") + 2)));
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type(slug), title, status, detail, instance, violations, null)).build();
    }
}
