package org.assises.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A refusal a service decides on purpose (state conflict, unknown reference, invalid field that Bean
 * Validation cannot see), answered as a problem with its status and stable type.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String slug, String title, String detail,
            List<Problem.Violation> violations, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** 404: the record does not exist (or is not the caller's to see). */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null, null);
    }

    /** 409: the request is valid but the current state refuses it. */
    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail, null, null);
    }

    /** 409 with extension members (e.g. the alternatives left when a workshop is full). */
    public static ProblemException conflict(String slug, String detail, Map<String, Object> extensions) {
        return new ProblemException(409, slug, "Conflict", detail, null, extensions);
    }

    /** 400: one or more fields are invalid, with a reason for each. */
    public static ProblemException invalid(List<Problem.Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return new ProblemException(400, "validation", "Invalid request", detail, violations, null);
    }

    /** 400 for a single field. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, violations, extensions);
    }
}
