package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of one scope (everything, or an entity with its descendants) as of the latest
 * observed snapshot: the contract behind {@code /api/wallboard}, the board and the reports.
 *
 * @param asOf when the snapshot was taken (end of the last successful sync)
 * @param day the calendar day of that snapshot, in {@code wallboard.time-zone}
 * @param entityId the scope's entity, or null for everything
 */
public record WallboardFigures(Instant asOf, LocalDate day, Long entityId, Open open, Today today,
		List<EntityLine> entities, List<TrendPoint> trend, List<AgeBucket> age, List<OldTicket> oldest) {

	/** Open tickets, by status id, priority (1-6) and type (1 Incident, 2 Request). */
	public record Open(long total, Map<String, Long> byStatus, Map<String, Long> byPriority, Map<String, Long> byType) {
	}

	public record Today(long opened, long solved, long closed) {
	}

	/** @param open open tickets of the entity itself; openIncludingChildren adds its descendants */
	public record EntityLine(long id, String completename, int level, long open, long openIncludingChildren) {
	}

	public record TrendPoint(LocalDate date, long open, long opened, long solved, long closed, boolean reconstructed) {
	}

	/** @param bucket 0: &lt; 1 day, 1: 1-7 days, 2: 8-30, 3: 31-90, 4: &gt; 90 */
	public record AgeBucket(int bucket, String label, long count) {
	}

	public record OldTicket(long id, String title, long entityId, String entity, Instant openedAt, int status,
			Integer priority) {
	}

	public static final List<String> AGE_LABELS = List.of("< 1 day", "1-7 days", "8-30 days", "31-90 days", "> 90 days");

	/** The open count of the day before the snapshot's day, if the trend has it. */
	public Long openYesterday() {
		LocalDate yesterday = day == null ? null : day.minusDays(1);
		return trend.stream().filter(p -> p.date().equals(yesterday)).map(TrendPoint::open).findFirst().orElse(null);
	}

}
