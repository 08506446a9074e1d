package io.glpiwallboard.simulator;

import java.time.Instant;

/**
 * A ticket's service-level deadlines, as GLPI stores them in {@code glpi_tickets}; null
 * when no SLA/OLA applies.
 *
 * @param timeToResolve SLA time-to-resolve deadline ({@code time_to_resolve}; API
 * {@code resolution_date})
 * @param internalTimeToResolve OLA time-to-resolve deadline
 * ({@code internal_time_to_resolve}; API {@code internal_resolution_date})
 * @param internalTimeToOwn OLA time-to-own deadline ({@code internal_time_to_own}; API
 * {@code internal_take_into_account_date})
 */
public record SimSla(Instant timeToResolve, Instant internalTimeToResolve, Instant internalTimeToOwn) {

	/** No SLA and no OLA. */
	public static final SimSla NONE = new SimSla(null, null, null);

}
