package io.glpiwallboard.glpi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.util.unit.DataSize;

/**
 * A {@link DataSize} from {@code min} to {@code max} (both included, written like the
 * setting, e.g. {@code 1KB}); null passes (pair with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = DataSizeRange.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface DataSizeRange {

	String min();

	String max();

	String message() default "must be from {min} to {max}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<DataSizeRange, DataSize> {

		private DataSize min;

		private DataSize max;

		@Override
		public void initialize(DataSizeRange range) {
			this.min = DataSize.parse(range.min());
			this.max = DataSize.parse(range.max());
		}

		@Override
		public boolean isValid(DataSize size, ConstraintValidatorContext context) {
			return size == null || size.compareTo(min) >= 0 && size.compareTo(max) <= 0;
		}

	}

}
