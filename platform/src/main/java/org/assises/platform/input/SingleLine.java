package org.assises.platform.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON text field where a line break makes no sense (a name, a code, an e-mail): the
 * platform's JSON reading refuses line breaks there as well as the control characters it refuses
 * everywhere.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface SingleLine {
}
