package org.assises.platform.patch;

import java.io.StringReader;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.platform.problem.ProblemException;

/**
 * Applies an RFC 7396 JSON Merge Patch to a request record: the fields the patch names change (null
 * removes), the others keep their current value, and the result is read and validated like a full body.
 */
@ApplicationScoped
public class MergePatch {

    /** The media type of a PATCH body. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    public MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * The current state with the patch applied, as a validated record of the same type.
     *
     * @throws ProblemException 400 when the patch is not a JSON object
     * @throws ConstraintViolationException when the patched state breaks a Bean Validation rule
     */
    public <T> T apply(T current, String patch, Class<T> type) {
        JsonValue merge = parse(patch);
        if (merge.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProblemException(400, "malformed-json", "Malformed JSON", "A merge patch is a JSON object of the fields to change",
                    null, null);
        }
        T patched;
        try {
            JsonValue target = parse(mapper.writeValueAsString(current));
            String result = Json.createMergePatch(merge).apply(target).toString();
            patched = mapper.readValue(result, type);
        } catch (JsonMappingException e) {
            throw ProblemException.invalid(field(e), "has a value of the wrong type or not among the allowed values");
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-json", "Malformed JSON", "The patched body cannot be read", null, null);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }

    private static JsonValue parse(String json) {
        if (json == null || json.isBlank()) {
            throw ProblemException.invalid("body", "a merge patch (JSON object) is required");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new ProblemException(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON", null, null);
        }
    }

    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
