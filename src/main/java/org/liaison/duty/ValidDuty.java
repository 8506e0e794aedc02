package org.liaison.duty;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.liaison.duty.calendar.ContactDayRules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalTime;

/**
 * Checks a duty request's rule and hours with {@link ContactDayRules}, so the rule shape is defined in one
 * place and each problem comes back on its own field (rule.weekdays, endsAt ...) with the other field errors.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidDuty.Validator.class)
public @interface ValidDuty {

    String message() default "is not a valid duty";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request describing a duty. */
    interface Shape {
        DutyRule rule();

        LocalTime startsAt();

        LocalTime endsAt();
    }

    class Validator implements ConstraintValidator<ValidDuty, Shape> {

        @Override
        public boolean isValid(Shape duty, ConstraintValidatorContext context) {
            if (duty == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            DutyRule rule = duty.rule();
            if (rule != null && rule.kind() != null) {
                for (ContactDayRules.Violation violation
                        : ContactDayRules.check(rule.kind(), rule.weekOrdinal(), rule.weekdays(), rule.dates())) {
                    context.buildConstraintViolationWithTemplate(violation.message())
                            .addPropertyNode("rule").addPropertyNode(violation.field()).addConstraintViolation();
                    valid = false;
                }
            }
            for (ContactDayRules.Violation violation : ContactDayRules.checkHours(duty.startsAt(), duty.endsAt())) {
                context.buildConstraintViolationWithTemplate(violation.message())
                        .addPropertyNode(violation.field()).addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
