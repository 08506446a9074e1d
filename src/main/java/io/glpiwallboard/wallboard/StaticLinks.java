package io.glpiwallboard.wallboard;

import java.util.Set;

/** Links between the static board's files: all relative, so the folder can be served from anywhere. */
final class StaticLinks implements BoardLinks {

	private final Long entityId;

	private final String chart;

	private final Set<Long> pages;

	private final int refreshSeconds;

	/** @param pages the entities that get a page of their own */
	StaticLinks(Long entityId, String chart, Set<Long> pages, int refreshSeconds) {
		this.entityId = entityId;
		this.chart = chart;
		this.pages = pages;
		this.refreshSeconds = refreshSeconds;
	}

	static String page(Long entityId) {
		return entityId == null ? "index.html" : "entity-" + entityId + ".html";
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
		return pages.contains(id) ? page(id) : null;
	}

	@Override
	public String next() {
		return page(entityId);
	}

	@Override
	public int refreshSeconds() {
		return refreshSeconds;
	}

}
