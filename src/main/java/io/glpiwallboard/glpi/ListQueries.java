package io.glpiwallboard.glpi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The RSQL filters and sorts the wallboard sends, written in one place. GLPI's RSQL
 * ({@code src/Glpi/Api/HL/RSQL/Parser.php}): {@code ;} is AND, {@code ,} is OR,
 * parentheses group; dates compare as SQL literals in the server's wall-clock time
 * ({@link RsqlDates}).
 */
final class ListQueries {

	static final String BY_ID = "id:asc";

	static final String BY_ID_DESCENDING = "id:desc";

	static final String BY_MODIFICATION = "date_mod:asc,id:asc";

	/**
	 * GLPI prints no offset wider than this (UTC+14), so reaching back this far misses
	 * nothing.
	 */
	private static final long WIDEST_OFFSET_SECONDS = 14 * 3600;

	private ListQueries() {
	}

	/**
	 * Ids from {@code from} to {@code to}, both included; {@code to == Long.MAX_VALUE}
	 * leaves the range open.
	 */
	static String idRange(long from, long to) {
		return to == Long.MAX_VALUE ? "id=gt=" + (from - 1) : "id=ge=" + from + ";id=le=" + to;
	}

	/**
	 * {@code base} (null for none) narrowed to ids above {@code lastId}: the keyset after
	 * a page.
	 */
	static String idAfter(String base, long lastId) {
		return base == null ? "id=gt=" + lastId : base + ";id=gt=" + lastId;
	}

	/**
	 * Tickets modified at or after {@code since}. With GLPI's offset unknown (no ticket
	 * seen yet), the literal reaches back the widest possible offset so that nothing is
	 * missed.
	 */
	static String modifiedSince(Instant since, ZoneOffset serverOffset) {
		String literal = serverOffset == null
				? RsqlDates.literal(since.minusSeconds(WIDEST_OFFSET_SECONDS), ZoneOffset.UTC)
				: RsqlDates.literal(since, serverOffset);
		return "date_mod=ge=" + literal;
	}

	/**
	 * {@code base} narrowed to rows after {@code (dateMod, id)} in {@code date_mod, id}
	 * order.
	 */
	static String modifiedAfter(String base, LocalDateTime dateMod, long id) {
		String at = RsqlDates.literal(dateMod);
		return base + ";(date_mod=gt=" + at + ",(date_mod==" + at + ";id=gt=" + id + "))";
	}

}
