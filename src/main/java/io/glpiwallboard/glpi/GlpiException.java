package io.glpiwallboard.glpi;

/**
 * A failure talking to GLPI whose message is meant for the admin: one line, naming the
 * cause, never containing a secret.
 */
public class GlpiException extends RuntimeException {

	public GlpiException(String message) {
		super(message);
	}

	public GlpiException(String message, Throwable cause) {
		super(message, cause);
	}

}
