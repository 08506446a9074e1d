package io.glpiwallboard.sync;

/**
 * The sync succeeded but producing or delivering its outputs (board, workbook, mail)
 * failed.
 */
public class PublishException extends RuntimeException {

	public PublishException(String message) {
		super(message);
	}

	static String oneLine(Throwable e) {
		String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return m.lines().findFirst().orElse(m);
	}

}
