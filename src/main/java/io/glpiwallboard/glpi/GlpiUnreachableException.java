package io.glpiwallboard.glpi;

/** Thrown when the server could not be reached, even after retries. */
public class GlpiUnreachableException extends GlpiException {

	public GlpiUnreachableException(String message) {
		super(message);
	}

	public GlpiUnreachableException(String message, Throwable cause) {
		super(message, cause);
	}

}
