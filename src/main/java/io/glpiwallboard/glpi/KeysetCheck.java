package io.glpiwallboard.glpi;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Keyset paging ends only because each page starts after the last row of the previous
 * one. A server that ignores the keyset filter or the sort would send the same rows again
 * and again (an endless run), or rows from another range (every range reading
 * everything); such a page fails the run (exit 5) instead.
 */
final class KeysetCheck {

	private KeysetCheck() {
	}

	/**
	 * Requires ids in ascending order, above {@code afterId} and at most {@code toId}.
	 * @param noun what the rows are, for the message ({@code ticket}, {@code entity},
	 * {@code group})
	 * @param filter the filter sent, for the message
	 * @throws GlpiProtocolException when a row is out of order or outside what the filter
	 * selects
	 */
	static <T> void idsAfter(List<T> items, ToLongFunction<T> id, long afterId, long toId, String noun, String filter) {
		long previous = afterId;
		boolean first = true;
		for (T item : items) {
			long t = id.applyAsLong(item);
			if (t == previous && !first) {
				throw twice(noun, t, filter);
			}
			if (t <= previous || t > toId) {
				throw new GlpiProtocolException("GLPI answered filter " + filter + " sorted by id with " + noun + " #"
						+ t + (t > toId ? ", above the range" : " after #" + previous)
						+ ": it ignores the filter or the sort, so paging would never end");
			}
			previous = t;
			first = false;
		}
	}

	/**
	 * Requires rows in {@code (date_mod, id)} order, after {@code last} (null on the
	 * first page).
	 * @throws GlpiProtocolException when a row is not after the one before it
	 */
	static void modifiedAfter(List<GlpiTicket> items, GlpiTicket last, String filter) {
		GlpiTicket previous = last;
		for (GlpiTicket t : items) {
			if (previous != null && previous != last && t.id() == previous.id()) {
				throw twice("ticket", t.id(), filter);
			}
			if (previous != null && t.dateMod() != null && previous.dateMod() != null && !after(t, previous)) {
				throw new GlpiProtocolException(
						"GLPI answered filter " + filter + " sorted by date_mod, id with ticket #" + t.id() + " ("
								+ t.dateMod() + ") after #" + previous.id() + " (" + previous.dateMod()
								+ "): it ignores the filter or the sort, so paging would never end");
			}
			previous = t;
		}
	}

	/**
	 * Ids are GLPI's primary keys: a row sent twice in a row was repeated on the way, not
	 * by a query.
	 */
	private static GlpiProtocolException twice(String noun, long id, String filter) {
		return new GlpiProtocolException("GLPI answered filter " + filter + " with " + noun + " #" + id
				+ " twice in a row in one page: ids are unique, so a proxy, cache or plugin altered the page");
	}

	/**
	 * GLPI sorts and filters {@code date_mod} as SQL values: wall-clock times without
	 * time-zone support, instants with it. Across a daylight-saving change the two orders
	 * differ, so either one will do; a server that ignores the keyset sends rows that are
	 * before by both.
	 */
	private static boolean after(GlpiTicket t, GlpiTicket previous) {
		OffsetDateTime a = t.dateMod();
		OffsetDateTime b = previous.dateMod();
		int byWallClock = a.toLocalDateTime().compareTo(b.toLocalDateTime());
		int byInstant = a.toInstant().compareTo(b.toInstant());
		return byWallClock > 0 || byInstant > 0 || (byWallClock == 0 || byInstant == 0) && t.id() > previous.id();
	}

}
