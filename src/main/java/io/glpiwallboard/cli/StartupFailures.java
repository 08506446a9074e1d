package io.glpiwallboard.cli;

import java.util.Optional;
import java.util.regex.Pattern;

import io.glpiwallboard.system.SettingFormatException;
import io.glpiwallboard.system.StorageFailure;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Turns what can go wrong while starting into one line that names the problem. */
final class StartupFailures {

	private static final Pattern SECRET = Pattern.compile("(?i)(password|secret|token)");

	private StartupFailures() {
	}

	/**
	 * @param databaseFile the configured database file, for storage failures (null:
	 * unknown)
	 */
	static String describe(Throwable failure, String databaseFile) {
		Optional<StorageFailure> storage = StorageFailure.find(failure);
		if (storage.isPresent() && storage.get().isDatabaseInUse()) {
			return "the database is in use by another glpi-wallboard process (is 'serve' running?): "
					+ "let its schedule do the work, or stop it first";
		}
		if (storage.isPresent()) {
			return storage.get().describe(databaseFile);
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BindValidationException validation) {
				return invalidProperties(validation);
			}
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BindException bind) {
				String name = bind.getName().toString();
				return "invalid configuration value for '" + name + "'"
						+ (bind.getProperty() != null ? " (got '" + shown(name, bind.getProperty().getValue()) + "')"
								: "")
						+ formatHint(bind).orElseGet(() -> expected(bind.getTarget().getType().resolve()));
			}
			if (t instanceof PortInUseException port) {
				return "port " + port.getPort() + " is already in use: stop the other program or set --server.port";
			}
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "could not start: " + root.getClass().getSimpleName() + ": "
				+ firstLine(String.valueOf(root.getMessage()));
	}

	/**
	 * @return 7 when another process holds the H2 file (typically {@code serve}), 8 for
	 * any other storage failure, 2 for everything else (configuration)
	 */
	static int exitCode(Throwable failure) {
		Optional<StorageFailure> storage = StorageFailure.find(failure);
		if (storage.isEmpty()) {
			return ExitCode.CONFIGURATION;
		}
		return storage.get().isDatabaseInUse() ? ExitCode.BUSY : ExitCode.STORAGE;
	}

	private static String invalidProperties(BindValidationException validation) {
		ValidationErrors errors = validation.getValidationErrors();
		StringBuilder sb = new StringBuilder("invalid configuration:");
		for (ObjectError error : errors.getAllErrors()) {
			if (error instanceof FieldError field) {
				String name = errors.getName() + "." + kebab(field.getField());
				sb.append(' ')
					.append(name)
					.append(' ')
					.append(error.getDefaultMessage())
					.append(" (got '")
					.append(shown(name, given(errors, name).orElse(field.getRejectedValue())))
					.append("');");
			}
			else {
				sb.append(' ').append(error.getDefaultMessage()).append(';');
			}
		}
		return sb.substring(0, sb.length() - 1);
	}

	/**
	 * The value as the admin wrote it ({@code -1h}), rather than as it was bound
	 * ({@code PT-1H}).
	 */
	private static Optional<Object> given(ValidationErrors errors, String name) {
		return errors.getBoundProperties()
			.stream()
			.filter(p -> p.getName().toString().equals(name))
			.map(p -> (Object) p.getValue())
			.findFirst();
	}

	/** Secrets are never printed; nor is a password written into a URL. */
	static String shown(String name, Object value) {
		if (SECRET.matcher(name).find()) {
			return "***";
		}
		String text = String.valueOf(value);
		// anywhere in the value: a setting given twice is joined with commas
		// ("url1,url2")
		return text.replaceAll("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s,]*@", "$1***@");
	}

	/**
	 * What our own converters say is expected, e.g. "expected days such as
	 * MONDAY..FRIDAY".
	 */
	private static Optional<String> formatHint(BindException bind) {
		for (Throwable t = bind; t != null; t = t.getCause()) {
			if (t instanceof SettingFormatException format) {
				return Optional.of(": " + format.getMessage());
			}
		}
		return Optional.empty();
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
