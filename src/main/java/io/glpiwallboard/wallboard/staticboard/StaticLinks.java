package io.glpiwallboard.wallboard.staticboard;

import java.util.Set;

import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.wallboard.view.BoardLinks;

/**
 * Links between the static board's files: all relative, so the folder can be served from
 * anywhere.
 */
final class StaticLinks implements BoardLinks {

	private final Scope scope;

	private final String chart;

	private final Set<Scope> pages;

	private final int refreshSeconds;

	/**
	 * @param pages the boards that get a page of their own
	 */
	StaticLinks(Scope scope, String chart, Set<Scope> pages, int refreshSeconds) {
		this.scope = scope;
		this.chart = chart;
		this.pages = pages;
		this.refreshSeconds = refreshSeconds;
	}

	/** index.html, entity-3.html or group-7.html. */
	static String page(Scope board) {
		if (board.isGroup()) {
			return "group-" + board.groupId() + ".html";
		}
		return board.entityId() == null ? "index.html" : "entity-" + board.entityId() + ".html";
	}

	@Override
	public String css() {
		return StaticBoardWriter.CSS;
	}

	@Override
	public String chart() {
		return chart;
	}

	@Override
	public String board(long id) {
		return link(Scope.entity(id));
	}

	@Override
	public String group(long id) {
		return link(Scope.group(id));
	}

	private String link(Scope board) {
		return pages.contains(board) ? page(board) : null;
	}

	@Override
	public String next() {
		return page(scope);
	}

	@Override
	public int refreshSeconds() {
		return refreshSeconds;
	}

}
