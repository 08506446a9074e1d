package io.glpiwallboard.schedule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.scheduling.support.CronExpression;

/**
 * A Spring cron expression (six fields, seconds first) or {@code -} for "never", checked
 * at startup so a typo stops the application with its name instead of silently never
 * running.
 */
@Documented
@Constraint(validatedBy = SpringCron.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SpringCron {

	/** Value that switches a schedule off. */
	String DISABLED = "-";

	String message() default "must be a cron expression with 6 fields (second minute hour day-of-month month day-of-week), e.g. '0 30 2 * * *', or '-' for never";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<SpringCron, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || DISABLED.equals(value.trim()) || CronExpression.isValidExpression(value);
		}

	}

}
