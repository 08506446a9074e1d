package io.glpiwallboard.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.glpiwallboard.snapshot.WallboardFigures.AgeBucket;
import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;
import io.glpiwallboard.snapshot.WallboardFigures.OldTicket;
import io.glpiwallboard.snapshot.WallboardFigures.Open;
import io.glpiwallboard.snapshot.WallboardFigures.Today;
import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The service-level figures of the workbook, per support group, from the {@code glpi_ticket}
 * mirror and its assigned members ({@code glpi_ticket_member}, migration V40) as the last sync left
 * them, so they agree with the ticket list written next to them. Definitions ("What the numbers
 * mean"): <b>late</b> = open with a time-to-resolve deadline earlier than the as-of time; <b>due
 * soon</b> = open, not late, deadline before as-of + {@code wallboard.due-soon}; <b>unassigned</b> = no
 * assigned member of any type, or, within a group's scope, no assigned technician (User).
 */
@Repository
public class GroupWorkload {

	/** Row id of the open tickets assigned to no group. */
	public static final long NO_GROUP = -1;

	/**
	 * Which tickets a figure covers.
	 *
	 * @param entities entity ids, or null for every ticket (those without or with an unknown entity included)
	 * @param group a group id: only the tickets assigned to it; null for any
	 */
	public record Scope(Set<Long> entities, Long group) {

		public static Scope of(Set<Long> entities, Long group) {
			return new Scope(entities == null ? null : Set.copyOf(entities), group);
		}

		String sql(List<Object> params) {
			StringBuilder sql = new StringBuilder();
			if (entities != null) {
				sql.append(entities.isEmpty() ? " AND FALSE"
						: " AND t.entity_id IN (" + entities.stream().map(e -> "?").collect(Collectors.joining(",")) + ")");
				params.addAll(entities);
			}
			if (group != null) {
				sql.append(" AND EXISTS (SELECT 1 FROM glpi_ticket_member g WHERE g.ticket_id = t.id AND g.member_type = 'Group'"
						+ " AND g.member_id = ?)");
				params.add(group);
			}
			return sql.toString();
		}

	}

	/**
	 * One group's open tickets; a ticket with two groups counts in both, so rows do not add up.
	 *
	 * @param id the group's GLPI id, or {@link #NO_GROUP}
	 * @param completename the group's complete name ("Support > N2"), its name when the account may
	 * not read groups, or "No group"
	 * @param waitingForTechnician open tickets of the group with no assigned technician
	 */
	public record GroupRow(long id, String completename, long open, long late, long dueSoon, long waitingForTechnician) {
	}

	/** The scope's service-level headline: open, unassigned (see the class), late and due soon. */
	public record Headline(long open, long unassigned, long late, long dueSoon) {
	}

	private static final String NO_TECHNICIAN = "NOT EXISTS (SELECT 1 FROM glpi_ticket_member u WHERE u.ticket_id = t.id AND u.member_type = 'User')";

	private static final String NO_MEMBER = "NOT EXISTS (SELECT 1 FROM glpi_ticket_member u WHERE u.ticket_id = t.id)";

	private static final String NO_GROUP_ASSIGNED = "NOT EXISTS (SELECT 1 FROM glpi_ticket_member n WHERE n.ticket_id = t.id AND n.member_type = 'Group')";

	/** late, due soon (SUM of no row is NULL, which getLong reads as 0): bounds as-of, as-of, as-of + due-soon. */
	private static final String LATE_AND_DUE = "SUM(CASE WHEN t.time_to_resolve < ? THEN 1 ELSE 0 END),"
			+ " SUM(CASE WHEN t.time_to_resolve >= ? AND t.time_to_resolve < ? THEN 1 ELSE 0 END)";

	private final JdbcTemplate jdbc;

	GroupWorkload(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A group's complete name: from GLPI's group list, else from the tickets' team members (an
	 * account that may not read groups); empty when neither knows the group.
	 */
	public Optional<String> completename(long group) {
		List<String> names = jdbc.queryForList("SELECT completename FROM glpi_group WHERE id = ?", String.class, group);
		if (names.isEmpty()) {
			names = jdbc.queryForList("SELECT MAX(member_name) FROM glpi_ticket_member WHERE member_type = 'Group' AND member_id = ?"
					+ " HAVING COUNT(*) > 0", String.class, group);
		}
		return names.stream().findFirst().map(n -> n == null ? "Group #" + group : n);
	}

	/** Whether a ticket, open at {@code asOf}, is late: its time-to-resolve deadline is before it. */
	public static boolean late(Instant timeToResolve, Instant asOf) {
		return timeToResolve != null && timeToResolve.isBefore(asOf);
	}

	/**
	 * @param dueSoon {@code wallboard.due-soon}
	 * @return the groups with open tickets in the scope, by open tickets (most first) then name, and
	 * last the "No group" row (only when the scope is not a group's)
	 */
	public List<GroupRow> groups(Scope scope, Instant asOf, Duration dueSoon) {
		List<Object> params = new ArrayList<>(bounds(asOf, dueSoon));
		String where = scope.sql(params);
		List<GroupRow> rows = new ArrayList<>(jdbc.query("""
				SELECT m.member_id, MAX(COALESCE(gr.completename, m.member_name)), COUNT(*), %s,
				       SUM(CASE WHEN %s THEN 1 ELSE 0 END)
				FROM glpi_ticket t
				JOIN glpi_ticket_member m ON m.ticket_id = t.id AND m.member_type = 'Group'
				LEFT JOIN glpi_group gr ON gr.id = m.member_id
				WHERE t.%s%s
				GROUP BY m.member_id
				""".formatted(LATE_AND_DUE, NO_TECHNICIAN, TicketRules.OPEN_INDEXED, where),
				(rs, i) -> new GroupRow(rs.getLong(1), rs.getString(2) == null ? "Group #" + rs.getLong(1) : rs.getString(2),
						rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)),
				params.toArray()));
		rows.sort(Comparator.comparingLong(GroupRow::open).reversed().thenComparing(GroupRow::completename));
		if (scope.group() == null) {
			List<Object> none = new ArrayList<>(bounds(asOf, dueSoon));
			String noneWhere = scope.sql(none);
			rows.add(jdbc.queryForObject("""
					SELECT COUNT(*), %s, SUM(CASE WHEN %s THEN 1 ELSE 0 END)
					FROM glpi_ticket t WHERE t.%s AND %s%s
					""".formatted(LATE_AND_DUE, NO_TECHNICIAN, TicketRules.OPEN_INDEXED, NO_GROUP_ASSIGNED, noneWhere),
					(rs, i) -> new GroupRow(NO_GROUP, "No group", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
					none.toArray()));
		}
		return rows;
	}

	/** The scope's open, unassigned, late and due-soon tickets. */
	public Headline headline(Scope scope, Instant asOf, Duration dueSoon) {
		List<Object> params = new ArrayList<>(bounds(asOf, dueSoon));
		String where = scope.sql(params);
		String unassigned = scope.group() == null ? NO_MEMBER : NO_TECHNICIAN;
		return jdbc.queryForObject("""
				SELECT COUNT(*), %s, SUM(CASE WHEN %s THEN 1 ELSE 0 END) FROM glpi_ticket t WHERE t.%s%s
				""".formatted(LATE_AND_DUE, unassigned, TicketRules.OPEN_INDEXED, where),
				(rs, i) -> new Headline(rs.getLong(1), rs.getLong(4), rs.getLong(2), rs.getLong(3)), params.toArray());
	}

	/**
	 * The figures of a group's scope, in the shape of the snapshot's: the snapshots keep no figures
	 * per group, so they are counted from the mirror the snapshot was just taken from. The trend is
	 * today's point only: there is no per-group history to show.
	 *
	 * @param ownByPriority filled with entity id -> priority -> open tickets of the entity itself
	 * ({@code -1}: no entity)
	 */
	public WallboardFigures figures(Scope scope, EntityTree tree, LocalDate day, Instant asOf,
			Map<Long, Map<Integer, Long>> ownByPriority) {
		Map<String, Long> byStatus = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
		Map<String, Long> byPriority = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
		Map<String, Long> byType = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
		for (int p = 1; p <= 6; p++) {
			byPriority.put(Integer.toString(p), 0L);
		}
		byType.put("1", 0L);
		byType.put("2", 0L);
		Map<Long, Long> own = new HashMap<>();
		long[] total = { 0 };
		List<Object> params = new ArrayList<>();
		String where = scope.sql(params);
		jdbc.query("""
				SELECT COALESCE(t.entity_id, -1), t.status, COALESCE(t.priority, 0), COALESCE(t.type, 0), COUNT(*)
				FROM glpi_ticket t WHERE t.%s%s GROUP BY 1, 2, 3, 4
				""".formatted(TicketRules.OPEN_INDEXED, where), rs -> {
					long n = rs.getLong(5);
					total[0] += n;
					own.merge(rs.getLong(1), n, Long::sum);
					byStatus.merge(Integer.toString(rs.getInt(2)), n, Long::sum);
					byPriority.merge(Integer.toString(rs.getInt(3)), n, Long::sum);
					byType.merge(Integer.toString(rs.getInt(4)), n, Long::sum);
					ownByPriority.computeIfAbsent(rs.getLong(1), e -> new HashMap<>()).merge(rs.getInt(3), n, Long::sum);
				}, params.toArray());
		Open open = new Open(total[0], Collections.unmodifiableMap(byStatus), Collections.unmodifiableMap(byPriority),
				Collections.unmodifiableMap(byType));
		List<Object> flowParams = new ArrayList<>(List.of(day, day, day, day, day, day));
		String flowWhere = scope.sql(flowParams);
		Today today = jdbc.queryForObject("""
				SELECT SUM(CASE WHEN t.opened_day = ? THEN 1 ELSE 0 END), SUM(CASE WHEN t.solved_day = ? THEN 1 ELSE 0 END),
				       SUM(CASE WHEN t.closed_day = ? THEN 1 ELSE 0 END)
				FROM glpi_ticket t WHERE t.%s AND (t.opened_day = ? OR t.solved_day = ? OR t.closed_day = ?)%s
				""".formatted(TicketRules.NOT_TRASHED, flowWhere), (rs, i) -> new Today(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
				flowParams.toArray());
		List<EntityLine> entities = new ArrayList<>();
		for (EntityTree.Node node : tree.all()) {
			long including = tree.subtree(node.id()).stream().mapToLong(id -> own.getOrDefault(id, 0L)).sum();
			if (including > 0) {
				entities.add(new EntityLine(node.id(), node.completename(), node.level(), own.getOrDefault(node.id(), 0L), including));
			}
		}
		List<TrendPoint> trend = List.of(new TrendPoint(day, total[0], today.opened(), today.solved(), today.closed(), false));
		return new WallboardFigures(asOf, day, null, open, today, List.copyOf(entities), trend, age(scope, asOf),
				oldest(scope, tree));
	}

	private List<AgeBucket> age(Scope scope, Instant asOf) {
		OffsetDateTime at = asOf.atOffset(ZoneOffset.UTC);
		List<Object> params = new ArrayList<>();
		// the snapshot's buckets: whole 24-hour days since opening, compared as instants
		for (int days : new int[] { 1, 8, 31, 91 }) {
			params.add(at.minusSeconds(days * 86_400L));
		}
		String where = scope.sql(params);
		long[] counts = new long[WallboardFigures.AGE_LABELS.size()];
		jdbc.query("""
				SELECT CASE WHEN t.opened_at IS NULL OR t.opened_at > ? THEN 0 WHEN t.opened_at > ? THEN 1
				            WHEN t.opened_at > ? THEN 2 WHEN t.opened_at > ? THEN 3 ELSE 4 END, COUNT(*)
				FROM glpi_ticket t WHERE t.%s%s GROUP BY 1
				""".formatted(TicketRules.OPEN_INDEXED, where), rs -> {
					counts[rs.getInt(1)] = rs.getLong(2);
				}, params.toArray());
		List<AgeBucket> buckets = new ArrayList<>();
		for (int b = 0; b < counts.length; b++) {
			buckets.add(new AgeBucket(b, WallboardFigures.AGE_LABELS.get(b), counts[b]));
		}
		return List.copyOf(buckets);
	}

	private List<OldTicket> oldest(Scope scope, EntityTree tree) {
		List<Object> params = new ArrayList<>();
		String where = scope.sql(params);
		return List.copyOf(jdbc.query("""
				SELECT t.id, t.title, COALESCE(t.entity_id, -1), t.opened_at, t.status, t.priority FROM glpi_ticket t
				WHERE t.%s%s ORDER BY t.opened_at NULLS LAST, t.id LIMIT %d
				""".formatted(TicketRules.OPEN_INDEXED, where, SnapshotWriter.OLDEST_PER_ENTITY), (rs, i) -> {
					OffsetDateTime opened = rs.getObject(4, OffsetDateTime.class);
					return new OldTicket(rs.getLong(1), rs.getString(2), rs.getLong(3), tree.completename(rs.getLong(3)),
							opened == null ? null : opened.toInstant(), rs.getInt(5), rs.getObject(6) == null ? null : rs.getInt(6));
				}, params.toArray()));
	}

	private static List<Object> bounds(Instant asOf, Duration dueSoon) {
		OffsetDateTime at = asOf.atOffset(ZoneOffset.UTC);
		return List.of(at, at, at.plus(dueSoon));
	}

}
