package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.glpiwallboard.snapshot.WallboardFigures.AgeBucket;
import io.glpiwallboard.snapshot.WallboardFigures.GroupLine;
import io.glpiwallboard.snapshot.WallboardFigures.OldTicket;
import io.glpiwallboard.snapshot.WallboardFigures.Open;
import io.glpiwallboard.snapshot.WallboardFigures.Today;
import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The figures of one scope of one snapshot day, each from its snapshot table. */
@Component
class ScopeQueries {

	private final JdbcTemplate jdbc;

	ScopeQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param teams whether the day was recorded with team figures; if not, they are null
	 * @param groups the scope's groups, already counted ({@link #groups})
	 */
	Open open(LocalDate day, ScopeTables t, boolean teams, List<GroupLine> groups) {
		Map<String, Long> byStatus = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
		Map<String, Long> byPriority = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
		Map<String, Long> byType = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
		for (int p = 1; p <= 6; p++) {
			byPriority.put(Integer.toString(p), 0L);
		}
		byType.put("1", 0L);
		byType.put("2", 0L);
		long[] total = { 0 };
		jdbc.query("SELECT status, priority, type, SUM(open_count) FROM " + t.open() + " WHERE snapshot_date = ?"
				+ t.where() + " GROUP BY status, priority, type", rs -> {
					long n = rs.getLong(4);
					total[0] += n;
					byStatus.merge(Integer.toString(rs.getInt(1)), n, Long::sum);
					byPriority.merge(Integer.toString(rs.getInt(2)), n, Long::sum);
					byType.merge(Integer.toString(rs.getInt(3)), n, Long::sum);
				}, t.params(day));
		if (!teams) {
			return new Open(total[0], Collections.unmodifiableMap(byStatus), Collections.unmodifiableMap(byPriority),
					Collections.unmodifiableMap(byType));
		}
		long[] service = jdbc
			.query("SELECT COALESCE(SUM(late), 0), COALESCE(SUM(due_soon), 0), COALESCE(SUM(unassigned), 0), "
					+ (t.byGroup() ? "0" : "COALESCE(SUM(no_group), 0)") + " FROM " + t.day()
					+ " WHERE snapshot_date = ?" + t.where(),
					(rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) }, t.params(day))
			.get(0);
		Map<String, Long> byGroup = new java.util.LinkedHashMap<>();
		groups.forEach(g -> byGroup.put(Long.toString(g.id()), g.open()));
		return new Open(total[0], Collections.unmodifiableMap(byStatus), Collections.unmodifiableMap(byPriority),
				Collections.unmodifiableMap(byType), service[2], service[0], service[1],
				Collections.unmodifiableMap(byGroup), service[3]);
	}

	Today today(LocalDate day, ScopeTables t) {
		return jdbc
			.query("SELECT COALESCE(SUM(opened), 0), COALESCE(SUM(solved), 0), COALESCE(SUM(closed), 0)" + " FROM "
					+ t.day() + " WHERE snapshot_date = ?" + t.where(),
					(rs, i) -> new Today(rs.getLong(1), rs.getLong(2), rs.getLong(3)), t.params(day))
			.get(0);
	}

	/**
	 * Groups with open tickets in the scope, most open first. Every ticket scope counts
	 * each group's own tickets ({@code snapshot_group_day}); a group's scope counts the
	 * groups its tickets are also assigned to ({@code snapshot_group_pair}), itself
	 * included.
	 */
	List<GroupLine> groups(LocalDate day, ScopeTables t, GroupDirectory directory) {
		String sql = t.byGroup()
				? "SELECT other_group_id, SUM(open_count), SUM(late), SUM(due_soon), SUM(unassigned) FROM snapshot_group_pair"
						+ " WHERE snapshot_date = ?" + t.where() + " GROUP BY other_group_id"
				: "SELECT group_id, SUM(open_count), SUM(late), SUM(due_soon), SUM(unassigned) FROM snapshot_group_day"
						+ " WHERE snapshot_date = ?" + t.where() + " GROUP BY group_id HAVING SUM(open_count) > 0";
		return jdbc
			.query(sql,
					(rs, i) -> new GroupLine(rs.getLong(1), directory.completename(rs.getLong(1)), rs.getLong(2),
							rs.getLong(3), rs.getLong(4), rs.getLong(5)),
					t.params(day))
			.stream()
			.sorted(Comparator.comparingLong(GroupLine::open).reversed().thenComparing(GroupLine::completename))
			.toList();
	}

	/**
	 * The open tickets without an assigned group in a ticket scope (not a group's): how
	 * many, late, due soon and without a technician; zeros for a day recorded before
	 * these were (V43).
	 */
	GroupLine withoutGroup(LocalDate day, ScopeTables t) {
		return jdbc.query(
				"SELECT COALESCE(SUM(no_group), 0), COALESCE(SUM(no_group_late), 0), COALESCE(SUM(no_group_due_soon), 0),"
						+ " COALESCE(SUM(no_group_unassigned), 0) FROM snapshot_entity_day WHERE snapshot_date = ?"
						+ t.where(),
				(rs, i) -> new GroupLine(GroupDirectory.NO_GROUP, GroupDirectory.NO_GROUP_LABEL, rs.getLong(1),
						rs.getLong(2), rs.getLong(3), rs.getLong(4)),
				t.params(day))
			.get(0);
	}

	/**
	 * Entity id -> priority (0: none) -> open tickets of the entity itself in the scope.
	 */
	Map<Long, Map<Integer, Long>> ownOpenByPriority(LocalDate day, ScopeTables t) {
		Map<Long, Map<Integer, Long>> counts = new HashMap<>();
		jdbc.query("SELECT entity_id, priority, SUM(open_count) FROM " + t.open() + " WHERE snapshot_date = ?"
				+ t.where() + " GROUP BY entity_id, priority", rs -> {
					counts.computeIfAbsent(rs.getLong(1), e -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
				}, t.params(day));
		return counts;
	}

	/** Entity id -> open tickets of the entity itself in the scope. */
	Map<Long, Long> ownOpen(LocalDate day, ScopeTables t) {
		Map<Long, Long> own = new HashMap<>();
		jdbc.query("SELECT entity_id, SUM(open_count) FROM " + t.day() + " WHERE snapshot_date = ?" + t.where()
				+ " GROUP BY entity_id", rs -> {
					own.put(rs.getLong(1), rs.getLong(2));
				}, t.params(day));
		return own;
	}

	/**
	 * The days of [from, to] the scope has figures for: every snapshot day (observed or
	 * reconstructed) for ticket scopes; for a group's scope only the days observed with
	 * team figures, as group assignments of the past cannot be reconstructed.
	 */
	List<TrendPoint> trend(LocalDate from, LocalDate to, ScopeTables t) {
		Map<LocalDate, Long[]> sums = new HashMap<>();
		jdbc.query(
				"SELECT snapshot_date, SUM(open_count), SUM(opened), SUM(solved), SUM(closed), SUM(late) FROM "
						+ t.day() + " WHERE snapshot_date BETWEEN ? AND ?" + t.where() + " GROUP BY snapshot_date",
				rs -> {
					sums.put(rs.getObject(1, LocalDate.class), new Long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4),
							rs.getLong(5), rs.getObject(6) == null ? null : rs.getLong(6) });
				}, t.params(from, to));
		String days = "SELECT snapshot_date, reconstructed, teams FROM snapshot_day WHERE snapshot_date BETWEEN ? AND ?"
				+ (t.byGroup() ? " AND teams = TRUE AND reconstructed = FALSE" : "") + " ORDER BY snapshot_date";
		return jdbc.query(days, (rs, i) -> {
			LocalDate d = rs.getObject(1, LocalDate.class);
			boolean reconstructed = rs.getBoolean(2);
			// a day without rows in the scope had nothing open; its late count is 0 if it
			// was counted at all
			Long[] s = sums.getOrDefault(d, new Long[] { 0L, 0L, 0L, 0L, null });
			Long late = s[4] != null ? s[4] : reconstructed || rs.getBoolean(3) ? Long.valueOf(0) : null;
			return new TrendPoint(d, s[0], s[1], s[2], s[3], reconstructed, late);
		}, from, to);
	}

	List<AgeBucket> age(LocalDate day, ScopeTables t) {
		long[] counts = new long[TicketLabels.AGE_BUCKETS.size()];
		jdbc.query("SELECT bucket, SUM(open_count) FROM " + t.age() + " WHERE snapshot_date = ?" + t.where()
				+ " GROUP BY bucket", rs -> {
					counts[rs.getInt(1)] = rs.getLong(2);
				}, t.params(day));
		List<AgeBucket> buckets = new ArrayList<>();
		for (int b = 0; b < counts.length; b++) {
			buckets.add(new AgeBucket(b, TicketLabels.AGE_BUCKETS.get(b), counts[b]));
		}
		return buckets;
	}

	/**
	 * The oldest open tickets, each marked late if its deadline was passed at
	 * {@code asOf}.
	 */
	List<OldTicket> oldest(LocalDate day, ScopeTables t, EntityTree tree, Instant asOf) {
		return jdbc.query("SELECT ticket_id, title, entity_id, opened_at, status, priority, time_to_resolve FROM "
				+ t.oldest() + " WHERE snapshot_date = ?" + t.where()
				+ " ORDER BY opened_at NULLS LAST, ticket_id LIMIT " + SnapshotWriter.OLDEST_PER_ENTITY, (rs, i) -> {
					Instant opened = instant(rs.getObject(4, OffsetDateTime.class));
					Instant deadline = instant(rs.getObject(7, OffsetDateTime.class));
					return new OldTicket(rs.getLong(1), rs.getString(2), rs.getLong(3),
							tree.completename(rs.getLong(3)), opened, rs.getInt(5),
							rs.getObject(6) == null ? null : rs.getInt(6), deadline, TicketRules.late(deadline, asOf));
				}, t.params(day));
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
