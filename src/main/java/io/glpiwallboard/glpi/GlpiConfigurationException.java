package io.glpiwallboard.glpi;

/** Thrown when settings are missing or invalid. */
public class GlpiConfigurationException extends GlpiException {

	public GlpiConfigurationException(String message) {
		super(message);
	}

	public GlpiConfigurationException(String message, Throwable cause) {
		super(message, cause);
	}

}
