package io.glpiwallboard.glpi;

/** Thrown when GLPI answered 403: missing scope or right. */
public class GlpiAccessDeniedException extends GlpiException {

	public GlpiAccessDeniedException(String message) {
		super(message);
	}

	public GlpiAccessDeniedException(String message, Throwable cause) {
		super(message, cause);
	}

}
