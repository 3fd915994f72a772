package org.assises.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

import org.assises.contracts.EditionCodes;

/** An edition's code ({@link EditionCodes#PATTERN}), on a path parameter, query parameter or field. */
@Documented
@Pattern(regexp = EditionCodes.PATTERN)
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface EditionCode {

    String message() default "must be an edition code: 3 to 50 lower-case letters, digits or hyphens";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
