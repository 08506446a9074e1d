package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.glpiwallboard.system.TimeZoneProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the days that have no observed snapshot from ticket dates, so trends show from
 * the first run. A ticket counts as open on day D when it was opened on or before D and
 * neither solved nor closed by the end of D; flows come from the same dates; it counts as
 * late on D when it is open at the end of D with a time-to-resolve deadline before the
 * end of D. Aggregation queries (openings, resolutions, solutions, closings, lateness per
 * entity and day) and running sums replace a scan per day.
 */
@Component
class HistoryReconstructor {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final TimeZoneProperties properties;

	HistoryReconstructor(JdbcTemplate jdbc, TransactionTemplate tx, TimeZoneProperties properties) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.properties = properties;
	}

	/** Reconstructs every day of [from, to] that has no observed snapshot. */
	void reconstruct(LocalDate from, LocalDate to, Instant asOf) {
		if (to.isBefore(from)) {
			return;
		}
		Set<LocalDate> observed = new HashSet<>(jdbc.queryForList(
				"SELECT snapshot_date FROM snapshot_day WHERE reconstructed = FALSE AND snapshot_date BETWEEN ? AND ?",
				LocalDate.class, from, to));
		// per entity: day -> change of the open count that day (tickets entering minus
		// leaving), and
		// day -> {opened, solved, closed}. Each query reads only glpi_ticket_days_idx
		// (V45).
		Map<Long, TreeMap<LocalDate, Integer>> delta = new HashMap<>();
		Map<Long, Map<LocalDate, int[]>> flows = new HashMap<>();
		String resolved = "LEAST(COALESCE(solved_day, closed_day), COALESCE(closed_day, solved_day))";
		jdbc.query("""
				SELECT COALESCE(entity_id, -1), opened_day, COUNT(*),
				       SUM(CASE WHEN %2$s IS NULL OR %2$s > opened_day THEN 1 ELSE 0 END)
				FROM glpi_ticket WHERE %1$s AND opened_day <= ?
				GROUP BY COALESCE(entity_id, -1), opened_day""".formatted(TicketRules.NOT_TRASHED, resolved), rs -> {
			long entity = rs.getLong(1);
			LocalDate day = rs.getObject(2, LocalDate.class);
			add(delta, entity, day, rs.getInt(4));
			if (!day.isBefore(from)) {
				flow(flows, entity, day)[0] = rs.getInt(3);
			}
		}, to);
		jdbc.query("""
				SELECT COALESCE(entity_id, -1), %2$s, COUNT(*) FROM glpi_ticket
				WHERE %1$s AND %2$s > opened_day AND %2$s <= ?
				GROUP BY COALESCE(entity_id, -1), %2$s""".formatted(TicketRules.NOT_TRASHED, resolved), rs -> {
			add(delta, rs.getLong(1), rs.getObject(2, LocalDate.class), -rs.getInt(3));
		}, to);
		Map<Long, TreeMap<LocalDate, Integer>> late = lateChanges(from, to);
		String[] resolutions = { "solved_day", "closed_day" };
		for (int i = 0; i < resolutions.length; i++) {
			int index = i + 1;
			jdbc.query(
					"SELECT COALESCE(entity_id, -1), " + resolutions[i] + ", COUNT(*) FROM glpi_ticket"
							+ " USE INDEX (glpi_ticket_days_idx) WHERE " + TicketRules.NOT_TRASHED + " AND "
							+ resolutions[i] + " BETWEEN ? AND ? GROUP BY COALESCE(entity_id, -1), " + resolutions[i],
					rs -> {
						flow(flows, rs.getLong(1), rs.getObject(2, LocalDate.class))[index] = rs.getInt(3);
					}, from, to);
		}

		List<Object[]> rows = new ArrayList<>();
		Set<Long> entities = new HashSet<>(delta.keySet());
		entities.addAll(flows.keySet());
		for (Long entity : entities) {
			TreeMap<LocalDate, Integer> changes = delta.getOrDefault(entity, new TreeMap<>());
			TreeMap<LocalDate, Integer> lateChanges = late.getOrDefault(entity, new TreeMap<>());
			int open = changes.headMap(from).values().stream().mapToInt(Integer::intValue).sum();
			int lateNow = lateChanges.headMap(from).values().stream().mapToInt(Integer::intValue).sum();
			Map<LocalDate, int[]> entityFlows = flows.getOrDefault(entity, Map.of());
			for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
				open += changes.getOrDefault(d, 0);
				lateNow += lateChanges.getOrDefault(d, 0);
				int[] f = entityFlows.getOrDefault(d, new int[3]);
				if (!observed.contains(d) && (open != 0 || f[0] != 0 || f[1] != 0 || f[2] != 0)) {
					rows.add(new Object[] { d, entity, open, f[0], f[1], f[2], lateNow });
				}
			}
		}
		List<Object[]> days = new ArrayList<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			if (!observed.contains(d)) {
				days.add(new Object[] { d, asOf.atOffset(ZoneOffset.UTC) });
			}
		}
		tx.executeWithoutResult(status -> {
			jdbc.update(
					"DELETE FROM snapshot_entity_day WHERE snapshot_date IN (SELECT snapshot_date FROM snapshot_day WHERE reconstructed = TRUE)");
			jdbc.update("DELETE FROM snapshot_day WHERE reconstructed = TRUE");
			jdbc.batchUpdate("INSERT INTO snapshot_day (snapshot_date, reconstructed, as_of) VALUES (?, TRUE, ?)",
					days);
			jdbc.batchUpdate(
					"INSERT INTO snapshot_entity_day (snapshot_date, entity_id, open_count, opened, solved, closed, late)"
							+ " VALUES (?, ?, ?, ?, ?, ?, ?)",
					rows);
		});
	}

	/**
	 * Per entity: day -> change of the late count. A ticket is late from the later of its
	 * opening day and its deadline's day (in {@code wallboard.time-zone}: a deadline
	 * before the end of D is a deadline on or before D) until the day it is resolved. The
	 * deadline's day is worked out here, not in SQL: H2 casts a TIMESTAMP WITH TIME ZONE
	 * to a DATE in the JVM's zone, whatever the value's offset. Tickets resolved before
	 * {@code from} add nothing and are not read; the rest come from glpi_ticket_days_idx
	 * (V45) alone.
	 */
	private Map<Long, TreeMap<LocalDate, Integer>> lateChanges(LocalDate from, LocalDate to) {
		Map<Long, TreeMap<LocalDate, Integer>> late = new HashMap<>();
		ZoneId zone = properties.zone();
		jdbc.query("""
				SELECT COALESCE(entity_id, -1), opened_day, solved_day, closed_day, time_to_resolve
				FROM glpi_ticket USE INDEX (glpi_ticket_days_idx)
				WHERE %s AND time_to_resolve IS NOT NULL AND opened_day <= ?
				  AND (solved_day IS NULL OR solved_day >= ?) AND (closed_day IS NULL OR closed_day >= ?)
				""".formatted(TicketRules.NOT_TRASHED), rs -> {
			LocalDate opened = rs.getObject(2, LocalDate.class);
			LocalDate solved = rs.getObject(3, LocalDate.class);
			LocalDate closed = rs.getObject(4, LocalDate.class);
			LocalDate due = rs.getObject(5, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
			LocalDate lateFrom = due.isAfter(opened) ? due : opened;
			LocalDate resolved = solved == null ? closed : closed == null || solved.isBefore(closed) ? solved : closed;
			if (lateFrom.isAfter(to) || (resolved != null && !resolved.isAfter(lateFrom))) {
				return;
			}
			add(late, rs.getLong(1), lateFrom, 1);
			if (resolved != null && !resolved.isAfter(to)) {
				add(late, rs.getLong(1), resolved, -1);
			}
		}, to, from, from);
		return late;
	}

	private static int[] flow(Map<Long, Map<LocalDate, int[]>> flows, long entity, LocalDate day) {
		return flows.computeIfAbsent(entity, k -> new HashMap<>()).computeIfAbsent(day, k -> new int[3]);
	}

	private static void add(Map<Long, TreeMap<LocalDate, Integer>> delta, long entity, LocalDate day, int n) {
		delta.computeIfAbsent(entity, k -> new TreeMap<>()).merge(day, n, Integer::sum);
	}

}
