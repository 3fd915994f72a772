package org.assises.programme.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.assises.programme.domain.VersionRef;

/** Reads a {@link VersionRef} path parameter; a malformed one is a 400 (a converter's own failure would be a 404). */
@Provider
public class VersionRefConverter implements ParamConverterProvider {

    private static final ParamConverter<VersionRef> CONVERTER = new ParamConverter<>() {
        @Override
        public VersionRef fromString(String value) {
            return VersionRef.parse(value).orElseThrow(() -> new BadRequestException(
                    "the version must be a version number (1, 2...) or latest, not " + value));
        }

        @Override
        public String toString(VersionRef value) {
            return value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == VersionRef.class ? (ParamConverter<T>) CONVERTER : null;
    }
}
