package io.glpiwallboard.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Two times of day {@code HH:MM-HH:MM}, the first before the second, e.g.
 * {@code 07:00-20:00} (a range over midnight is not a working day). Null passes.
 */
@Documented
@Constraint(validatedBy = TimeRange.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface TimeRange {

	String message() default "must be two times of day HH:MM-HH:MM, the first before the second, e.g. 07:00-20:00";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<TimeRange, String> {

		private static final Pattern FORM = Pattern.compile("\\d{2}:\\d{2}-\\d{2}:\\d{2}");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			if (!FORM.matcher(value).matches()) {
				return false;
			}
			try {
				return LocalTime.parse(value.substring(0, 5)).isBefore(LocalTime.parse(value.substring(6)));
			}
			catch (DateTimeParseException e) {
				return false;
			}
		}

	}

}
