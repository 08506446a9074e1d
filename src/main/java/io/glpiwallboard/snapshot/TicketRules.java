package io.glpiwallboard.snapshot;

/**
 * The definitions every figure is built on, in SQL over the {@code glpi_ticket} mirror.
 * Open = not in the trash and status not 5 (Solved) or 6 (Closed): 1, 2, 3, 4, 10 and any
 * unknown code are open. Trashed tickets count nowhere.
 */
public final class TicketRules {

	public static final int SOLVED = 5;

	public static final int CLOSED = 6;

	/** SQL condition for "counts at all". */
	public static final String NOT_TRASHED = "is_deleted = FALSE";

	/** SQL condition for "open". */
	public static final String OPEN = NOT_TRASHED + " AND status NOT IN (5, 6)";

	/**
	 * The same condition on {@code glpi_ticket.is_open}, a column the database computes from
	 * {@link #OPEN} (migration V30) and indexes: the fast way to reach the few open tickets among
	 * a million.
	 */
	public static final String OPEN_INDEXED = "is_open = TRUE";

	private TicketRules() {
	}

}
