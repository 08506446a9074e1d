package io.glpiwallboard.glpi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One page of a GLPI list.
 *
 * @param items the rows, in the order GLPI sent them
 * @param range the parsed Content-Range, if GLPI sent a usable one
 * @param serverTime the HTTP {@code Date} of the response (GLPI's clock), if sent
 */
public record GlpiPage<T>(List<T> items, Optional<ContentRange> range, Optional<Instant> serverTime) {

	/** The total number of matching rows, as GLPI counted them for this request. */
	public Optional<Long> total() {
		return range.map(ContentRange::total);
	}

	/**
	 * True when no further page can hold rows. An empty page ends the list; otherwise the
	 * total decides when GLPI sent one (a server that caps the page size below
	 * {@code limit} returns short pages that are not the last), and a short page ends it
	 * when it did not. A full page is never trusted to be the last.
	 */
	public boolean isLast(long start, int limit) {
		if (items.isEmpty()) {
			return true;
		}
		boolean totalReached = range.map(r -> start + items.size() >= r.total()).orElse(true);
		return totalReached && items.size() < limit;
	}

}
