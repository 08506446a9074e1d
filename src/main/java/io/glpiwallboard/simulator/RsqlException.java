package io.glpiwallboard.simulator;

import java.util.Map;

/**
 * A filter GLPI would reject with 400. {@code invalidProperties} is the {@code detail}
 * object of the "RSQL query has invalid filters" error; it is empty for syntax errors,
 * which carry only a message.
 */
final class RsqlException extends RuntimeException {

	private final transient Map<String, String> invalidProperties;

	RsqlException(String message) {
		this(message, Map.of());
	}

	RsqlException(String message, Map<String, String> invalidProperties) {
		super(message);
		this.invalidProperties = Map.copyOf(invalidProperties);
	}

	Map<String, String> invalidProperties() {
		return invalidProperties;
	}

}
