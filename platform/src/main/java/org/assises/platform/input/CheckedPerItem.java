package org.assises.platform.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On a record read as one item of a batch (a member of a delegation push): its text fields are not
 * refused while the JSON is read, which would refuse the whole batch, but by Bean Validation, so the
 * service can reject this item alone with a violation per field.
 */
@Documented
@Constraint(validatedBy = CheckedPerItemValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckedPerItem {

    String message() default "contains characters that are not allowed";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
