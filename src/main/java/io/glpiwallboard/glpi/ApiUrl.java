package io.glpiwallboard.glpi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The URL of GLPI's {@code api.php}: http or https, a host, a path ending in
 * {@code /api.php}, no query, no user name or password, no comma (two URLs joined).
 * Checked at startup, so {@code ftp://...} or a web page's address stops the application
 * with the setting's name instead of failing deep in the first request. Null passes: a
 * missing URL is reported with the other missing connection settings.
 */
@Documented
@Constraint(validatedBy = ApiUrl.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiUrl {

	String message() default "must be one http or https URL ending in /api.php, without user name, password or query, e.g. https://glpi.example.org/api.php";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ApiUrl, URI> {

		@Override
		public boolean isValid(URI url, ConstraintValidatorContext context) {
			if (url == null) {
				return true;
			}
			String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
			String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
			// credentials in the URL would travel in logs and to every redirect target; a
			// comma is how
			// Spring joins a setting given twice ("--glpi.url=a --glpi.url=b" binds
			// "a,b")
			return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null
					&& path.endsWith("/api.php") && url.getRawQuery() == null && url.getRawFragment() == null
					&& url.getRawUserInfo() == null && !url.toString().contains(",");
		}

	}

}
