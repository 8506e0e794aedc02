package org.liaison.caseflow.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Plain text a person wrote: at most {@code max} characters once trimmed, and no control characters
 * (newlines and tabs only where {@code multiline}), so nothing a resident sends can smuggle terminal
 * escapes or invisible separators into the pages and logs of the people who read it. Null passes
 * (add {@code @NotBlank} where the text is required); CRLF counts as one newline.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** Most characters (Unicode code points) after trimming. */
    int max();

    /** Whether newlines and tabs are allowed. */
    boolean multiline() default false;

    String message() default "must be plain text of at most {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private int max;
        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            max = annotation.max();
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String text = normalize(value);
            context.disableDefaultConstraintViolation();
            if (text.codePointCount(0, text.length()) > max) {
                context.buildConstraintViolationWithTemplate("must be at most {max} characters").addConstraintViolation();
                return false;
            }
            boolean clean = text.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                    && !(multiline && (c == '\n' || c == '\t')));
            if (!clean) {
                context.buildConstraintViolationWithTemplate(multiline
                        ? "must not contain control characters other than newlines and tabs"
                        : "must not contain control characters").addConstraintViolation();
            }
            return clean;
        }

        /** The stored form: CRLF and lone CR as newline, trimmed. */
        public static String normalize(String value) {
            return value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n').strip();
        }
    }
}
