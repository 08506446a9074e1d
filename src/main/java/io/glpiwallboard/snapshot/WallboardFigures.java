package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of one scope (everything, an entity with its descendants, a group's
 * tickets, or a group's tickets within an entity) as of the latest observed snapshot: the
 * contract behind {@code /api/wallboard}, the board and the reports.
 *
 * @param asOf when the snapshot was taken (end of the last successful sync)
 * @param day the calendar day of that snapshot, in {@code wallboard.time-zone}
 * @param entityId the scope's entity, or null for every entity
 * @param entities every entity of the scope with its open tickets; tickets outside GLPI's
 * entity list have rows of their own ({@link EntityTree#label(long)}), so the rows' own
 * counts add up to the total
 * @param groupId the scope's group, or null for every ticket
 * @param groups the groups with open tickets in the scope, most open first (on a group's
 * scope: that group and the groups sharing its tickets); empty when the snapshot predates
 * team figures
 */
public record WallboardFigures(Instant asOf, LocalDate day, Long entityId, Open open, Today today,
		List<EntityLine> entities, List<TrendPoint> trend, List<AgeBucket> age, List<OldTicket> oldest, Long groupId,
		List<GroupLine> groups) {

	/** Figures of an entity scope recorded before team figures existed. */
	public WallboardFigures(Instant asOf, LocalDate day, Long entityId, Open open, Today today,
			List<EntityLine> entities, List<TrendPoint> trend, List<AgeBucket> age, List<OldTicket> oldest) {
		this(asOf, day, entityId, open, today, entities, trend, age, oldest, null, List.of());
	}

	/**
	 * Open tickets, by status id (0: GLPI sent none), priority (1-6, 0: none) and type (1
	 * Incident, 2 Request, 0: none). The team figures are null when the snapshot predates
	 * them.
	 *
	 * @param unassigned no assigned member of any type; in a group's scope: no assigned
	 * technician
	 * @param late time-to-resolve deadline strictly before the as-of time
	 * @param dueSoon not late, deadline before as-of + {@code wallboard.due-soon}
	 * @param byGroup group id to its open tickets (a ticket with two groups counts in
	 * both)
	 * @param noGroup open tickets without an assigned group
	 */
	public record Open(long total, Map<String, Long> byStatus, Map<String, Long> byPriority, Map<String, Long> byType,
			Long unassigned, Long late, Long dueSoon, Map<String, Long> byGroup, Long noGroup) {

		public Open(long total, Map<String, Long> byStatus, Map<String, Long> byPriority, Map<String, Long> byType) {
			this(total, byStatus, byPriority, byType, null, null, null, Map.of(), null);
		}

	}

	public record Today(long opened, long solved, long closed) {
	}

	/**
	 * @param open open tickets of the entity itself; openIncludingChildren adds its
	 * descendants
	 */
	public record EntityLine(long id, String completename, int level, long open, long openIncludingChildren) {
	}

	/**
	 * @param late open and late at the end of the day (observed days: at the snapshot's
	 * time); null for days observed before late counts were recorded
	 */
	public record TrendPoint(LocalDate date, long open, long opened, long solved, long closed, boolean reconstructed,
			Long late) {

		public TrendPoint(LocalDate date, long open, long opened, long solved, long closed, boolean reconstructed) {
			this(date, open, opened, solved, closed, reconstructed, null);
		}

	}

	/**
	 * @param bucket 0: &lt; 1 day, 1: 1-7 days, 2: 8-30, 3: 31-90, 4: &gt; 90
	 * ({@link TicketRules#AGE_BUCKET_STARTS})
	 */
	public record AgeBucket(int bucket, String label, long count) {
	}

	/**
	 * @param timeToResolve the SLA deadline, or null
	 * @param late whether that deadline was passed at the snapshot's time
	 */
	public record OldTicket(long id, String title, long entityId, String entity, Instant openedAt, int status,
			Integer priority, Instant timeToResolve, boolean late) {

		public OldTicket(long id, String title, long entityId, String entity, Instant openedAt, int status,
				Integer priority) {
			this(id, title, entityId, entity, openedAt, status, priority, null, false);
		}

	}

	/**
	 * One support group's open tickets in the scope (assigned to it directly).
	 *
	 * @param unassigned of these, the ones no technician is assigned to
	 */
	public record GroupLine(long id, String completename, long open, long late, long dueSoon, long unassigned) {
	}

	/** The scope of these figures. */
	public Scope scope() {
		return new Scope(entityId, groupId);
	}

	/** The open count of the day before the snapshot's day, if the trend has it. */
	public Long openYesterday() {
		LocalDate yesterday = day == null ? null : day.minusDays(1);
		return trend.stream().filter(p -> p.date().equals(yesterday)).map(TrendPoint::open).findFirst().orElse(null);
	}

	/**
	 * Open now minus open at the end of the day before: the "change since yesterday" of
	 * the board, the API, the workbook and the mail; null when the trend lacks that day
	 * (a group observed for the first time today, a trend of one day).
	 */
	public Long openChangeSinceYesterday() {
		Long yesterday = openYesterday();
		return yesterday == null ? null : open.total() - yesterday;
	}

}
