package io.glpiwallboard.snapshot;

import java.time.Instant;

/**
 * The definitions every figure is built on, in SQL over the {@code glpi_ticket} mirror, written
 * once here: every query that decides whether a ticket is open or counts at all uses these.
 * Open = not in the trash and status not 5 (Solved) or 6 (Closed): 1, 2, 3, 4, 10 and any
 * unknown code are open. Trashed tickets count nowhere.
 */
public final class TicketRules {

	public static final int SOLVED = 5;

	public static final int CLOSED = 6;

	/** SQL condition for "counts at all". */
	public static final String NOT_TRASHED = "is_deleted = FALSE";

	/**
	 * SQL condition for "open", on {@code glpi_ticket.is_open}: a column the database computes as
	 * {@code is_deleted = FALSE AND status NOT IN (5, 6)} (migration V30) and indexes, the fast way
	 * to reach the few open tickets among a million. Nothing spells the rule out in SQL again.
	 */
	public static final String OPEN_INDEXED = "is_open = TRUE";

	/** {@link #OPEN_INDEXED} on the {@code glpi_ticket} row of a query's alias, e.g. {@code t.is_open = TRUE}. */
	public static String open(String alias) {
		return alias + "." + OPEN_INDEXED;
	}

	/**
	 * Whether an open ticket is late at {@code asOf}: its time-to-resolve deadline is strictly
	 * before it (one of exactly now is not late yet).
	 *
	 * @param timeToResolve the deadline, or null for a ticket without one (never late)
	 */
	public static boolean late(Instant timeToResolve, Instant asOf) {
		return timeToResolve != null && timeToResolve.isBefore(asOf);
	}

	private TicketRules() {
	}

}
