package io.glpiwallboard.cli;

import java.sql.SQLException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Turns what can go wrong while starting into one line that names the problem. */
final class StartupFailures {

	private StartupFailures() {
	}

	static String describe(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BindValidationException validation) {
				return invalidProperties(validation);
			}
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BindException bind) {
				return "invalid configuration value for '" + bind.getName() + "'"
						+ (bind.getProperty() != null ? " (got '" + bind.getProperty().getValue() + "')" : "")
						+ expected(bind.getTarget().getType().resolve());
			}
			if (t instanceof PortInUseException port) {
				return "port " + port.getPort() + " is already in use: stop the other program or set --server.port";
			}
			if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
				return "the database is in use by another glpi-wallboard process (is 'serve' running?): "
						+ "let its schedule do the work, or stop it first";
			}
			if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
				return "the disk is full (" + firstLine(t.getMessage()) + ")";
			}
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "could not start: " + root.getClass().getSimpleName() + ": " + firstLine(String.valueOf(root.getMessage()));
	}

	/** Another process holds the H2 file (typically {@code serve}). */
	static boolean isDatabaseInUse(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
				return true;
			}
		}
		return false;
	}

	private static String invalidProperties(BindValidationException validation) {
		StringBuilder sb = new StringBuilder("invalid configuration:");
		for (ObjectError error : validation.getValidationErrors().getAllErrors()) {
			if (error instanceof FieldError field) {
				sb.append(' ')
					.append(validation.getValidationErrors().getName())
					.append('.')
					.append(kebab(field.getField()))
					.append(' ')
					.append(error.getDefaultMessage())
					.append(" (got '")
					.append(field.getRejectedValue())
					.append("');");
			}
			else {
				sb.append(' ').append(error.getDefaultMessage()).append(';');
			}
		}
		return sb.substring(0, sb.length() - 1);
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return ": expected a whole number";
		}
		if (type == java.time.Duration.class) {
			return ": expected a duration such as 30s, 10m or 2h";
		}
		if (type == java.time.ZoneId.class) {
			return ": expected a time zone such as Europe/Paris";
		}
		if (type == boolean.class || type == Boolean.class) {
			return ": expected true or false";
		}
		if (type == java.net.URI.class) {
			return ": expected a URL";
		}
		return ": expected a valid " + type.getSimpleName();
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

	private static String firstLine(String s) {
		return s.lines().findFirst().orElse(s);
	}

}
