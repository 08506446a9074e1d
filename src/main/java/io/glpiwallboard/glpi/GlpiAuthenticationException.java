package io.glpiwallboard.glpi;

/** Thrown when GLPI refused the credentials or the token. */
public class GlpiAuthenticationException extends GlpiException {

	public GlpiAuthenticationException(String message) {
		super(message);
	}

	public GlpiAuthenticationException(String message, Throwable cause) {
		super(message, cause);
	}

}
