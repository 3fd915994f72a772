package org.assises.platform.input;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON is read strictly in every service, so a client bug is a 400 rather than a silent guess:
 * duplicate keys, trailing tokens, a fraction into an integer, a number or boolean into a string, a
 * number into a boolean, a string into a number, null inside a list are all refused (an absent or null
 * primitive stays its default: Jackson cannot tell a record's absent field from a null one);
 * text values obey {@link TextRules} (line breaks too on {@link SingleLine} fields).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("assises-text-rules").addDeserializer(String.class, new Text(false, true)));
    }

    /** A text value checked against {@link TextRules} as it is read. */
    static final class Text extends StringDeserializer implements ContextualDeserializer {

        private final boolean singleLine;
        private final boolean checked;

        Text(boolean singleLine, boolean checked) {
            this.singleLine = singleLine;
            this.checked = checked;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            if (property == null) {
                return this;
            }
            boolean perItem = property.getMember() != null
                    && property.getMember().getDeclaringClass().isAnnotationPresent(CheckedPerItem.class);
            boolean line = property.getAnnotation(SingleLine.class) != null;
            return new Text(line, !perItem);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            String reason = checked ? TextRules.violation(value, singleLine) : null;
            if (reason != null) {
                throw new InvalidText(p, reason);
            }
            return value;
        }
    }

    /** A text value that breaks {@link TextRules}; its message is meant for the client. */
    public static final class InvalidText extends JsonMappingException {

        InvalidText(JsonParser p, String reason) {
            super(p, reason);
        }
    }
}
