package io.glpiwallboard.glpi;

/** Thrown when the server answered something that is not GLPI's API v2. */
public class GlpiProtocolException extends GlpiException {

	public GlpiProtocolException(String message) {
		super(message);
	}

	public GlpiProtocolException(String message, Throwable cause) {
		super(message, cause);
	}

}
