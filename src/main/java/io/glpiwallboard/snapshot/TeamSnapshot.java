package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The team figures of one observed snapshot: late, due soon, unassigned and no group per
 * entity, and every figure per assigned group. The open tickets and their assigned
 * members are read once, in one pass over {@code glpi_ticket_member} (as large as the
 * mirror: reading it once per figure cost seconds on a million tickets), and summed here;
 * only the day's flows per group come from a query of their own, on the day indexes.
 */
final class TeamSnapshot {

	private final JdbcTemplate jdbc;

	private final LocalDate day;

	private final Instant asOf;

	private final Instant dueBy;

	/**
	 * @param asOf the snapshot's time: a deadline strictly before it is late
	 * @param dueBy {@code asOf} + {@code wallboard.due-soon}: a deadline before it, not
	 * late, is due soon
	 */
	TeamSnapshot(JdbcTemplate jdbc, LocalDate day, Instant asOf, Instant dueBy) {
		this.jdbc = jdbc;
		this.day = day;
		this.asOf = asOf;
		this.dueBy = dueBy;
	}

	/** One open ticket with its assigned team. */
	private static final class Open {

		final long id;

		final long entity;

		final int status;

		final int priority;

		final int type;

		final Instant opened;

		final Instant due;

		final List<Long> groups = new ArrayList<>(2);

		int members;

		boolean technician;

		Open(long id, long entity, int status, int priority, int type, Instant opened, Instant due) {
			this.id = id;
			this.entity = entity;
			this.status = status;
			this.priority = priority;
			this.type = type;
			this.opened = opened;
			this.due = due;
		}

	}

	private record GroupEntity(long group, long entity) {
	}

	private record OpenKey(long group, long entity, int status, int priority, int type) {
	}

	private record AgeKey(long group, long entity, int bucket) {
	}

	private record PairKey(long group, long other, long entity) {
	}

	/** Writes the entity rows' team columns and every group table of the day. */
	void write() {
		Map<Long, Open> open = readOpenTickets();
		writeEntityColumns(open.values());
		Map<GroupEntity, long[]> days = new HashMap<>();
		Map<OpenKey, long[]> byDimensions = new HashMap<>();
		Map<AgeKey, long[]> ages = new HashMap<>();
		Map<PairKey, long[]> pairs = new HashMap<>();
		Map<GroupEntity, TreeSet<Open>> oldest = new HashMap<>();
		Comparator<Open> oldestFirst = Comparator
			.comparing((Open t) -> t.opened, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparingLong(t -> t.id);
		for (Open t : open.values()) {
			long[] service = { 1, late(t), dueSoon(t), t.technician ? 0 : 1 };
			for (long g : t.groups) {
				GroupEntity ge = new GroupEntity(g, t.entity);
				long[] d = days.computeIfAbsent(ge, k -> new long[7]);
				d[0]++;
				d[4] += service[1];
				d[5] += service[2];
				d[6] += service[3];
				count(byDimensions, new OpenKey(g, t.entity, t.status, t.priority, t.type), 1);
				count(ages, new AgeKey(g, t.entity, bucket(t.opened)), 1);
				TreeSet<Open> top = oldest.computeIfAbsent(ge, k -> new TreeSet<>(oldestFirst));
				top.add(t);
				if (top.size() > SnapshotWriter.OLDEST_PER_ENTITY) {
					top.pollLast();
				}
				for (long other : t.groups) {
					long[] p = pairs.computeIfAbsent(new PairKey(g, other, t.entity), k -> new long[4]);
					for (int i = 0; i < service.length; i++) {
						p[i] += service[i];
					}
				}
			}
		}
		addFlows(days);
		insertGroupRows(days, byDimensions, ages, pairs);
		insertOldest(oldest);
	}

	private Map<Long, Open> readOpenTickets() {
		Map<Long, Open> open = new HashMap<>();
		jdbc.query(
				"""
						SELECT t.id, COALESCE(t.entity_id, -1), t.status, COALESCE(t.priority, 0), COALESCE(t.type, 0), t.opened_at,
						       t.time_to_resolve, a.member_type, a.member_id
						FROM glpi_ticket t LEFT JOIN glpi_ticket_member a ON a.ticket_id = t.id
						WHERE %s"""
					.formatted(TicketRules.open("t")),
				rs -> {
					Open t = open.get(rs.getLong(1));
					if (t == null) {
						t = new Open(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
								instant(rs.getObject(6, OffsetDateTime.class)),
								instant(rs.getObject(7, OffsetDateTime.class)));
						open.put(t.id, t);
					}
					String type = rs.getString(8);
					if (type != null) {
						t.members++;
						t.technician |= type.equals("User");
						if (type.equals("Group")) {
							t.groups.add(rs.getLong(9));
						}
					}
				});
		return open;
	}

	/**
	 * Late, due soon, unassigned (no member of any type) and without a group, per entity;
	 * and of the tickets without a group, the late, due soon and those without a
	 * technician (the workbook's "No group" row).
	 */
	private void writeEntityColumns(Iterable<Open> open) {
		Map<Long, long[]> perEntity = new HashMap<>();
		for (Open t : open) {
			long[] e = perEntity.computeIfAbsent(t.entity, k -> new long[7]);
			e[0] += late(t);
			e[1] += dueSoon(t);
			e[2] += t.members == 0 ? 1 : 0;
			if (t.groups.isEmpty()) {
				e[3]++;
				e[4] += late(t);
				e[5] += dueSoon(t);
				e[6] += t.technician ? 0 : 1;
			}
		}
		jdbc.update(
				"UPDATE snapshot_entity_day SET late = 0, due_soon = 0, unassigned = 0, no_group = 0, no_group_late = 0,"
						+ " no_group_due_soon = 0, no_group_unassigned = 0 WHERE snapshot_date = ?",
				day);
		List<Object[]> rows = new ArrayList<>();
		perEntity
			.forEach((entity, e) -> rows.add(new Object[] { e[0], e[1], e[2], e[3], e[4], e[5], e[6], day, entity }));
		jdbc.batchUpdate(
				"UPDATE snapshot_entity_day SET late = ?, due_soon = ?, unassigned = ?, no_group = ?, no_group_late = ?,"
						+ " no_group_due_soon = ?, no_group_unassigned = ? WHERE snapshot_date = ? AND entity_id = ?",
				rows);
	}

	/**
	 * Tickets of each group opened, solved and closed today, open or not, from the day
	 * indexes.
	 */
	private void addFlows(Map<GroupEntity, long[]> days) {
		String flow = "SELECT m.member_id, COALESCE(t.entity_id, -1), %d, COUNT(*) FROM glpi_ticket t"
				+ " JOIN glpi_ticket_member m ON m.ticket_id = t.id AND m.member_type = 'Group'"
				+ " WHERE t.%s = ? AND t." + TicketRules.NOT_TRASHED
				+ " GROUP BY m.member_id, COALESCE(t.entity_id, -1)";
		jdbc.query(flow.formatted(1, "opened_day") + " UNION ALL " + flow.formatted(2, "solved_day") + " UNION ALL "
				+ flow.formatted(3, "closed_day"), rs -> {
					days.computeIfAbsent(new GroupEntity(rs.getLong(1), rs.getLong(2)), k -> new long[7])[rs
						.getInt(3)] += rs.getLong(4);
				}, day, day, day);
	}

	private void insertGroupRows(Map<GroupEntity, long[]> days, Map<OpenKey, long[]> byDimensions,
			Map<AgeKey, long[]> ages, Map<PairKey, long[]> pairs) {
		List<Object[]> rows = new ArrayList<>();
		days.forEach((k, d) -> rows
			.add(new Object[] { day, k.group(), k.entity(), d[0], d[1], d[2], d[3], d[4], d[5], d[6] }));
		jdbc.batchUpdate(
				"INSERT INTO snapshot_group_day (snapshot_date, group_id, entity_id, open_count, opened, solved, closed,"
						+ " late, due_soon, unassigned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
		rows.clear();
		byDimensions.forEach((k, n) -> rows
			.add(new Object[] { day, k.group(), k.entity(), k.status(), k.priority(), k.type(), n[0] }));
		jdbc.batchUpdate(
				"INSERT INTO snapshot_group_open (snapshot_date, group_id, entity_id, status, priority, type, open_count)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?)",
				rows);
		rows.clear();
		ages.forEach((k, n) -> rows.add(new Object[] { day, k.group(), k.entity(), k.bucket(), n[0] }));
		jdbc.batchUpdate("INSERT INTO snapshot_group_age (snapshot_date, group_id, entity_id, bucket, open_count)"
				+ " VALUES (?, ?, ?, ?, ?)", rows);
		rows.clear();
		pairs.forEach(
				(k, p) -> rows.add(new Object[] { day, k.group(), k.other(), k.entity(), p[0], p[1], p[2], p[3] }));
		jdbc.batchUpdate(
				"INSERT INTO snapshot_group_pair (snapshot_date, group_id, other_group_id, entity_id, open_count, late,"
						+ " due_soon, unassigned) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
	}

	/**
	 * The winners per group and entity, with their title, status and priority read from
	 * their rows.
	 */
	private void insertOldest(Map<GroupEntity, TreeSet<Open>> oldest) {
		List<Long> ids = oldest.values().stream().flatMap(TreeSet::stream).map(t -> t.id).distinct().toList();
		Map<Long, Object[]> details = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			jdbc.query("SELECT id, title, status, priority FROM glpi_ticket WHERE id IN ("
					+ String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
						details.put(rs.getLong(1), new Object[] { rs.getString(2), rs.getInt(3), rs.getObject(4) });
					}, chunk.toArray());
		}
		List<Object[]> rows = new ArrayList<>();
		oldest.forEach((k, top) -> top.forEach(t -> {
			Object[] d = details.get(t.id);
			rows.add(new Object[] { day, k.group(), k.entity(), t.id, d[0], offset(t.opened), d[1], d[2],
					offset(t.due) });
		}));
		jdbc.batchUpdate(
				"INSERT INTO snapshot_group_oldest (snapshot_date, group_id, entity_id, ticket_id, title, opened_at,"
						+ " status, priority, time_to_resolve) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
	}

	private int late(Open t) {
		return TicketRules.late(t.due, asOf) ? 1 : 0;
	}

	private int dueSoon(Open t) {
		return t.due != null && !t.due.isBefore(asOf) && t.due.isBefore(dueBy) ? 1 : 0;
	}

	private int bucket(Instant opened) {
		return TicketRules.ageBucket(opened, asOf);
	}

	private static <K> void count(Map<K, long[]> counts, K key, long n) {
		counts.computeIfAbsent(key, k -> new long[1])[0] += n;
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private static OffsetDateTime offset(Instant time) {
		return time == null ? null : time.atOffset(java.time.ZoneOffset.UTC);
	}

}
