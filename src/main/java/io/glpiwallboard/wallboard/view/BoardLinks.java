package io.glpiwallboard.wallboard.view;

/**
 * Where the board's links point: the live server's URLs, or the static board's file
 * names. Templates call these methods, so one template serves both.
 */
public interface BoardLinks {

	String css();

	/** The trend chart image of the board being rendered. */
	String chart();

	/**
	 * A link to another board, e.g. from the entity list; null when that board does not
	 * exist.
	 */
	String board(long entityId);

	/**
	 * A link to a group's board, from the "by team" list; null when that board does not
	 * exist.
	 */
	String group(long groupId);

	/**
	 * Where the page goes when its period ends: itself, or the next board of a rotation.
	 */
	String next();

	int refreshSeconds();

}
