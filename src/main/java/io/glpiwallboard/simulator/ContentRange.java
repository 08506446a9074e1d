package io.glpiwallboard.simulator;

/**
 * GLPI's {@code Content-Range} arithmetic, quirks included
 * ({@code ResourceAccessor::searchBySchema}): {@code end = max(0, start+limit-1)}, then
 * {@code end = total-1} only if {@code end > total}. Hence {@code 0--1/0} for no rows,
 * {@code 500-41/42} past the end, and an unclamped {@code 0-99/99}.
 */
record ContentRange(long start, long end, long total) {

	static ContentRange of(long start, long limit, long total) {
		long end = Math.max(0, start + limit - 1);
		if (end > total) {
			end = total - 1;
		}
		return new ContentRange(start, end, total);
	}

	/** 206 while more rows remain ({@code start+limit < total}), else 200. */
	static int status(long start, long limit, long total) {
		return start + limit < total ? 206 : 200;
	}

	String header() {
		return start + "-" + end + "/" + total;
	}
}
