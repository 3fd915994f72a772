package org.assises.platform.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.assises.platform.input.StrictJson;

/**
 * Turns every failure into an RFC 9457 problem: validation and JSON errors into 400 with per-field
 * violations, authentication into 401, roles into 403, anything unexpected into a 500 that carries an
 * incident id and never a stack trace.
 */
public class ProblemMappers {

    private final DeclaredMethods declaredMethods;

    public ProblemMappers(DeclaredMethods declaredMethods) {
        this.declaredMethods = declaredMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (returnValue) {
            // The server broke its own contract: that is our bug, not the client's.
            return unexpected(e, uri);
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(ProblemException.invalid(violations).toProblem(path(uri)));
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        StreamReadException syntax = syntaxError(e);
        if (syntax != null) {
            return respond(new Problem(Problem.type("malformed-json"), "Malformed JSON", 400,
                    "The request body is not valid JSON: " + syntax.getOriginalMessage(), path(uri), null, null));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            return respond(ProblemException.invalid(field, jsonReason(mapping)).toProblem(path(uri)));
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return respond(new Problem(Problem.type("malformed-json"), "Malformed JSON", 400,
                    "The request body has more content after its JSON value.", path(uri), null, null));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            // The body as a whole has the wrong shape (an array, a string, nothing at all).
            String expected = "expected " + expectedType(mismatch.getTargetType());
            return respond(ProblemException.invalid("body", e.getOriginalMessage() != null
                    && e.getOriginalMessage().contains("end-of-input") ? "a request body is required" : expected)
                    .toProblem(path(uri)));
        }
        return respond(new Problem(Problem.type("malformed-json"), "Malformed JSON", 400,
                "The request body is not valid JSON.", path(uri), null, null));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem(Problem.type("unauthenticated"), "Unauthenticated", 401,
                "A valid bearer token is required.", path(uri), null, null);
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "Your role does not allow this operation.", path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (e instanceof NotFoundException && e.getCause() == null && uri != null && request != null) {
            Set<String> allowed = declaredMethods.allowed("/" + uri.getPath().replaceFirst("^/", ""));
            if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
                // RESTEasy Reactive says 404 when the method exists only on a sibling path of the same class.
                return Response.status(405).type(Problem.MEDIA_TYPE).header(HttpHeaders.ALLOW, String.join(", ", allowed))
                        .entity(new Problem(Problem.type("method-not-allowed"), "Method Not Allowed", 405,
                                request.getMethod() + " is not allowed here; allowed: " + String.join(", ", allowed), path(uri), null, null))
                        .build();
            }
        }
        if (e instanceof NotFoundException && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)
                && uri != null && !uri.getQueryParameters().isEmpty()) {
            // JAX-RS answers 404 when a query parameter cannot be converted: the client sent a bad value. A malformed
            // path id (no query) stays a 404: no record has that id.
            return respond(new Problem(Problem.type("invalid-parameter"), "Invalid parameter", 400,
                    "A path or query parameter has a value of the wrong type (e.g. not a number, or a number too large).",
                    path(uri), null, null));
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType info = original.getStatusInfo();
        String slug = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            default -> "http-" + status;
        };
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? info.getReasonPhrase() : e.getMessage();
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type(slug), info.getReasonPhrase(), status, detail, path(uri), null, null));
        original.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, UriInfo uri) {
        UUID incident = UUID.randomUUID();
        Log.errorf(e, "Unexpected error on %s (incident %s)", path(uri), incident);
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "The server failed to handle this request; quote incident " + incident + " to the support team.",
                path(uri), null, null));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** The field a violation is about, as the client wrote it: {@code members[2].email}, not {@code push.arg1...}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            String name = node.getName();
            String index = node.getIndex() != null ? "[" + node.getIndex() + "]"
                    : node.getKey() != null ? "[" + node.getKey() + "]" : "";
            if (!parts.isEmpty() && node.isInIterable() && !index.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
            }
            if (name != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }

    /** The JSON syntax error behind a failure, also when a deserializer wrapped it with a field path. */
    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException syntax) {
                return syntax;
            }
        }
        return null;
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String jsonReason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof StrictJson.InvalidText) {
            return e.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "unknown value; expected one of "
                        + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            }
            return "invalid value; expected " + expectedType(target);
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expectedType(mismatch.getTargetType());
        }
        if (e instanceof ValueInstantiationException) {
            return "invalid value";
        }
        return "invalid value";
    }

    /** What a JSON value of this Java type looks like, in the client's terms (never a Java class name). */
    static String expectedType(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class || type == java.math.BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.LocalTime.class) {
            return "a time (HH:MM or HH:MM:SS)";
        }
        if (type == java.time.LocalDateTime.class) {
            return "a local date-time (YYYY-MM-DDTHH:MM:SS)";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.ZonedDateTime.class || type == java.time.Instant.class) {
            return "a date-time with offset (ISO 8601, e.g. 2026-05-01T09:30:00+02:00)";
        }
        if (type == java.time.Duration.class) {
            return "a duration (ISO 8601, e.g. PT30M)";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (java.net.URI.class == type || java.net.URL.class == type) {
            return "a URL";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
