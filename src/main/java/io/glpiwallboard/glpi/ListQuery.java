package io.glpiwallboard.glpi;

import java.util.Objects;

/**
 * Parameters of one list request. {@code sort} is mandatory: without it GLPI adds no
 * ORDER BY and offset paging loses and repeats rows.
 */
public record ListQuery(String filter, String sort, long start, int limit) {

	public ListQuery {
		Objects.requireNonNull(sort, "sort is mandatory for stable paging");
		if (limit < 1) {
			// limit=0 means "no LIMIT at all" to GLPI: never send it
			throw new IllegalArgumentException("limit must be at least 1");
		}
	}

	/**
	 * What this query asks for, for messages and logs: the filter (a keyset position such
	 * as {@code id=gt=1234} included), the sort, the offset when not 0, and the limit.
	 */
	public String describe() {
		String where = filter == null || filter.isBlank() ? "" : "filter " + filter + ", ";
		return where + "sort " + sort + (start == 0 ? "" : ", start " + start) + ", limit " + limit;
	}

	public static ListQuery of(String filter, String sort, int limit) {
		return new ListQuery(filter, sort, 0, limit);
	}

}
