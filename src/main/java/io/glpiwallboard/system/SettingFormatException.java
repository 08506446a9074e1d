package io.glpiwallboard.system;

/**
 * A setting written in a notation the product does not read; the message says what is
 * expected (e.g. "expected days such as MONDAY..FRIDAY") and is shown next to the
 * setting's name.
 */
public class SettingFormatException extends IllegalArgumentException {

	public SettingFormatException(String message) {
		super(message);
	}

}
