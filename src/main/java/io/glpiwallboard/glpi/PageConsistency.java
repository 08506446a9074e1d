package io.glpiwallboard.glpi;

import java.util.Optional;

/**
 * Checks that a list page agrees with its own status and {@code Content-Range}. A page
 * that does not is malformed: trusting its body would end the paging early (an empty page
 * ends a list) and make a full sync remove tickets GLPI still has; trusting its range
 * would plan work for rows that never come.
 * <p>
 * GLPI's arithmetic ({@code src/Glpi/Api/HL/ResourceAccessor.php::searchBySchema}, see
 * {@code glpi-api-v2.md} §3): {@code start} echoes the request,
 * {@code end = max(0, start+limit-1)} clamped to {@code total-1} only when
 * {@code end > total}, status 206 while {@code start+limit < total}. So {@code end} is
 * loose ({@code 0--1/0}, {@code 500-41/42}, an unclamped {@code 0-99/99}); the rows a
 * range announces are those from {@code start} to {@code min(end, total-1)}, and every
 * page GLPI produces holds exactly that many. A server that caps the page size below
 * {@code limit} and says so in {@code end} ({@code 0-1/5} for two rows) is consistent
 * too.
 */
final class PageConsistency {

	private PageConsistency() {
	}

	/**
	 * @param status the HTTP status of the page
	 * @param rows how many items the body holds
	 * @param range the parsed {@code Content-Range}, if the page had a readable one
	 * @param query the request the page answers
	 * @return what the page contradicts, in words, or empty when it is consistent
	 */
	static Optional<String> contradiction(int status, int rows, Optional<ContentRange> range, ListQuery query) {
		if (status == 206 && rows == 0) {
			return Optional.of("HTTP 206 (more rows follow) with an empty page"
					+ range.map(r -> " and Content-Range " + header(r)).orElse(""));
		}
		if (range.isEmpty()) {
			return Optional.empty();
		}
		ContentRange r = range.get();
		long s = r.start();
		long total = r.total();
		if (s != query.start()) {
			return Optional.of("Content-Range " + header(r) + " starts at row " + s + " but the request asked for row "
					+ query.start());
		}
		if (rows == 0) {
			return s < total ? Optional.of("an empty page, but Content-Range " + header(r) + " says " + total
					+ " rows match and rows from " + s + " on exist") : Optional.empty();
		}
		if (rows > total - s) {
			return Optional
				.of(rows + " rows, but Content-Range " + header(r) + " leaves room for " + Math.max(0, total - s));
		}
		long announced = Math.max(0, Math.min(r.end(), total - 1) - s + 1);
		if (rows != announced) {
			return Optional.of(rows + " rows, but Content-Range " + header(r) + " announces " + announced);
		}
		return Optional.empty();
	}

	private static String header(ContentRange r) {
		return r.start() + "-" + r.end() + "/" + r.total();
	}

}
