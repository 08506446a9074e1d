package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.util.List;

/**
 * The definitions every figure is built on, in SQL over the {@code glpi_ticket} mirror,
 * written once here: every query that decides whether a ticket is open or counts at all
 * uses these. Open = not in the trash and status not 5 (Solved) or 6 (Closed): 1, 2, 3,
 * 4, 10 and any unknown code are open. Trashed tickets count nowhere.
 */
public final class TicketRules {

	public static final int SOLVED = 5;

	public static final int CLOSED = 6;

	/** SQL condition for "counts at all". */
	public static final String NOT_TRASHED = "is_deleted = FALSE";

	/**
	 * SQL condition for "open", on {@code glpi_ticket.is_open}: a column the database
	 * computes as {@code is_deleted = FALSE AND status <> 5 AND status <> 6} (migration
	 * V44; V30's {@code NOT IN (5, 6)} spelling bound the column to one H2 session) and
	 * indexes, the fast way to reach the few open tickets among a million. Nothing spells
	 * the rule out in SQL again.
	 */
	public static final String OPEN_INDEXED = "is_open = TRUE";

	/**
	 * {@link #OPEN_INDEXED} on the {@code glpi_ticket} row of a query's alias, e.g.
	 * {@code t.is_open = TRUE}.
	 */
	public static String open(String alias) {
		return alias + "." + OPEN_INDEXED;
	}

	/**
	 * The age buckets of the open tickets, in whole 24-hour days since opening: the age
	 * at which a ticket moves to the next bucket. Bucket 0: &lt; 1 day (or no opening
	 * date), 1: 1-7 days, 2: 8-30, 3: 31-90, 4: &gt; 90; labelled by
	 * {@link TicketLabels#AGE_BUCKETS}.
	 */
	public static final List<Integer> AGE_BUCKET_STARTS = List.of(1, 8, 31, 91);

	/**
	 * The age bucket of a ticket opened at {@code opened} (null: unknown, bucket 0), as
	 * of {@code asOf}.
	 */
	public static int ageBucket(Instant opened, Instant asOf) {
		if (opened == null) {
			return 0;
		}
		for (int b = 0; b < AGE_BUCKET_STARTS.size(); b++) {
			if (opened.isAfter(ageBucketStart(asOf, b))) {
				return b;
			}
		}
		return AGE_BUCKET_STARTS.size();
	}

	/**
	 * The opening time before which a ticket is older than bucket {@code bucket} (0-3) at
	 * {@code asOf}.
	 */
	public static Instant ageBucketStart(Instant asOf, int bucket) {
		return asOf.minusSeconds(AGE_BUCKET_STARTS.get(bucket) * 86_400L);
	}

	/**
	 * Whether an open ticket is late at {@code asOf}: its time-to-resolve deadline is
	 * strictly before it (one of exactly now is not late yet).
	 * @param timeToResolve the deadline, or null for a ticket without one (never late)
	 */
	public static boolean late(Instant timeToResolve, Instant asOf) {
		return timeToResolve != null && timeToResolve.isBefore(asOf);
	}

	private TicketRules() {
	}

}
