package org.liaison.common.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a string of a request body as free text a person writes over several lines (a message, a note, a
 * biography): newlines and tabs are allowed there. Every other string is single-line and allows no control
 * character at all (see {@link TextRules}).
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FreeText {
}
