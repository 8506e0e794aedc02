package org.liaison.venue;

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
 * Latitude and longitude come together or not at all: half a position would put a venue's pin on
 * the map at a random place. The error is reported on the missing half.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PairedCoordinates.Validator.class)
public @interface PairedCoordinates {

    String message() default "must be given together with the other coordinate";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request that may carry a position. */
    interface Located {
        Double latitude();

        Double longitude();
    }

    class Validator implements ConstraintValidator<PairedCoordinates, Located> {

        @Override
        public boolean isValid(Located value, ConstraintValidatorContext context) {
            if (value == null || (value.latitude() == null) == (value.longitude() == null)) {
                return true;
            }
            String missing = value.latitude() == null ? "latitude" : "longitude";
            String given = value.latitude() == null ? "longitude" : "latitude";
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("is required when " + given + " is given")
                    .addPropertyNode(missing)
                    .addConstraintViolation();
            return false;
        }
    }
}
