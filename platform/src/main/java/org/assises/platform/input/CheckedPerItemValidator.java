package org.assises.platform.input;

import java.lang.reflect.RecordComponent;
import java.util.Collection;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Applies {@link TextRules} to every text component of a {@link CheckedPerItem} record, one violation per field. */
public class CheckedPerItemValidator implements ConstraintValidator<CheckedPerItem, Record> {

    @Override
    public boolean isValid(Record value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object content;
            try {
                content = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
            boolean singleLine = component.isAnnotationPresent(SingleLine.class);
            String reason = null;
            if (content instanceof String text) {
                reason = TextRules.violation(text, singleLine);
            } else if (content instanceof Collection<?> items) {
                for (Object item : items) {
                    if (item instanceof String text && (reason = TextRules.violation(text, singleLine)) != null) {
                        break;
                    }
                }
            }
            if (reason != null) {
                valid = false;
                context.buildConstraintViolationWithTemplate(reason.replace("{", "\\{").replace("$", "\\$"))
                        .addPropertyNode(component.getName()).addConstraintViolation();
            }
        }
        return valid;
    }
}
