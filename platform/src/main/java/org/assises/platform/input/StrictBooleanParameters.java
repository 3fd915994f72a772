package org.assises.platform.input;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/** A boolean path or query parameter is {@code true} or {@code false}; anything else ({@code maybe}, {@code 2}) is a 400, not false. */
@Provider
public class StrictBooleanParameters implements ParamConverterProvider {

    private static final ParamConverter<Boolean> STRICT = new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "true" -> Boolean.TRUE;
                // RESTEasy Reactive hands "0" for an absent primitive parameter without @DefaultValue.
                case "false", "0" -> Boolean.FALSE;
                default -> throw new BadRequestException("expected true or false, got '" + value + "'");
            };
        }

        @Override
        public String toString(Boolean value) {
            return String.valueOf(value);
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Boolean.class || rawType == boolean.class ? (ParamConverter<T>) STRICT : null;
    }
}
