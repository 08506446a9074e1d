package io.glpiwallboard.cli;

import java.util.Optional;

import io.glpiwallboard.sync.SyncService;
import io.glpiwallboard.system.StorageFailure;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Turns what can go wrong while starting into one line that names the problem. */
final class StartupFailures {

	private StartupFailures() {
	}

	/**
	 * @param databaseFile the configured database file, for storage failures (null: unknown)
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
				return "invalid configuration value for '" + bind.getName() + "'"
						+ (bind.getProperty() != null ? " (got '" + bind.getProperty().getValue() + "')" : "")
						+ expected(bind.getTarget().getType().resolve());
			}
			if (t instanceof PortInUseException port) {
				return "port " + port.getPort() + " is already in use: stop the other program or set --server.port";
			}
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "could not start: " + root.getClass().getSimpleName() + ": " + firstLine(String.valueOf(root.getMessage()));
	}

	/**
	 * @return 7 when another process holds the H2 file (typically {@code serve}), 8 for any other
	 * storage failure, 2 for everything else (configuration)
	 */
	static int exitCode(Throwable failure) {
		Optional<StorageFailure> storage = StorageFailure.find(failure);
		if (storage.isEmpty()) {
			return SyncService.ExitCode.CONFIGURATION;
		}
		return storage.get().isDatabaseInUse() ? SyncService.ExitCode.BUSY : SyncService.ExitCode.STORAGE;
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
