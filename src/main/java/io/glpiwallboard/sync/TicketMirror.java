package io.glpiwallboard.sync;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import io.glpiwallboard.glpi.GlpiRef;
import io.glpiwallboard.glpi.GlpiTicket;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code glpi_ticket} table: GLPI's tickets as last seen, upserted by id. */
@Repository
class TicketMirror {

	private static final String UPSERT = """
			MERGE INTO glpi_ticket (id, title, entity_id, entity_name, entity_completename, status, priority, urgency,
			  impact, type, category_id, category_name, is_deleted, opened_at, modified_at, solved_at, closed_at,
			  opened_day, solved_day, closed_day, last_seen_run, time_to_resolve, internal_time_to_resolve,
			  taken_into_account_at, take_into_account_seconds, internal_time_to_own, time_to_own, request_type_name,
			  location_name)
			KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final int MAX_TITLE = 4000;

	/** Tickets read and rewritten at a time when the day columns are recomputed. */
	private static final int DAY_PAGE = 10_000;

	/** The width of the name columns (entity, category, request type), VARCHAR(1024). */
	private static final int MAX_NAME = 1024;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final TicketMembers members;

	TicketMirror(JdbcTemplate jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.members = new TicketMembers(jdbc);
	}

	/**
	 * Writes one page in one transaction, stamping each row with the run that saw it, and
	 * replaces the page's assigned team members in the same transaction.
	 */
	void upsert(List<GlpiTicket> tickets, long runId, ZoneId dayZone) {
		if (tickets.isEmpty()) {
			return;
		}
		tx.executeWithoutResult(status -> {
			jdbc.batchUpdate(UPSERT, tickets, tickets.size(), (ps, t) -> bind(ps, t, runId, dayZone));
			members.replace(tickets);
		});
	}

	private static void bind(PreparedStatement ps, GlpiTicket t, long runId, ZoneId zone) throws SQLException {
		GlpiRef entity = t.entity();
		GlpiRef category = t.category();
		ps.setLong(1, t.id());
		ps.setString(2, clip(t.name() == null ? "" : t.name(), MAX_TITLE));
		setLong(ps, 3, entity == null ? null : entity.id());
		ps.setString(4, entity == null ? null : clip(entity.name(), MAX_NAME));
		ps.setString(5, entity == null ? null : clip(entity.completename(), MAX_TITLE));
		ps.setInt(6, t.statusId());
		setInt(ps, 7, t.priority());
		setInt(ps, 8, t.urgency());
		setInt(ps, 9, t.impact());
		setInt(ps, 10, t.type());
		setLong(ps, 11, category == null ? null : category.id());
		ps.setString(12, category == null ? null : clip(category.name(), MAX_NAME));
		ps.setBoolean(13, t.isDeleted());
		ps.setObject(14, t.date());
		ps.setObject(15, t.dateMod());
		ps.setObject(16, t.dateSolve());
		ps.setObject(17, t.dateClose());
		ps.setObject(18, day(t.date(), zone));
		ps.setObject(19, day(t.dateSolve(), zone));
		ps.setObject(20, day(t.dateClose(), zone));
		ps.setLong(21, runId);
		ps.setObject(22, t.resolutionDate());
		ps.setObject(23, t.internalResolutionDate());
		ps.setObject(24, t.takeIntoAccountDate());
		setLong(ps, 25, t.takeIntoAccountDuration());
		ps.setObject(26, t.internalTakeIntoAccountDate());
		ps.setObject(27, t.ownDate());
		ps.setString(28, t.requestType() == null ? null : clip(t.requestType().name(), MAX_NAME));
		ps.setString(29, t.location() == null ? null : clip(t.location().name(), MAX_TITLE));
	}

	static LocalDate day(OffsetDateTime time, ZoneId zone) {
		return time == null ? null : time.atZoneSameInstant(zone).toLocalDate();
	}

	long count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket", Long.class);
	}

	long countInRange(long fromId, long toId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket WHERE id BETWEEN ? AND ?", Long.class, fromId,
				toId);
	}

	long maxId() {
		Long max = jdbc.queryForObject("SELECT MAX(id) FROM glpi_ticket", Long.class);
		return max == null ? 0 : max;
	}

	/** Tickets the run {@code runId} did not see (yet). */
	long countNotSeenBy(long runId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket WHERE last_seen_run <> ?", Long.class, runId);
	}

	/**
	 * Removes the tickets a full sync did not see, with their members: they were purged
	 * in GLPI (or left its view).
	 */
	int deleteNotSeenBy(long runId) {
		return tx.execute(status -> {
			members.deleteForTicketsNotSeenBy(runId);
			return jdbc.update("DELETE FROM glpi_ticket WHERE last_seen_run <> ?", runId);
		});
	}

	/** Removes the tickets of an id range that GLPI no longer has, with their members. */
	int deleteInRangeExcept(long fromId, long toId, Collection<Long> present) {
		return tx.execute(status -> {
			members.deleteInRangeExcept(fromId, toId, present);
			return deleteTicketsInRangeExcept(fromId, toId, present);
		});
	}

	private int deleteTicketsInRangeExcept(long fromId, long toId, Collection<Long> present) {
		if (present.isEmpty()) {
			return jdbc.update("DELETE FROM glpi_ticket WHERE id BETWEEN ? AND ?", fromId, toId);
		}
		Long[] ids = present.toArray(Long[]::new);
		return jdbc.update(con -> {
			PreparedStatement ps = con
				.prepareStatement("DELETE FROM glpi_ticket WHERE id BETWEEN ? AND ? AND NOT ARRAY_CONTAINS(?, id)");
			ps.setLong(1, fromId);
			ps.setLong(2, toId);
			ps.setArray(3, con.createArrayOf("BIGINT", ids));
			return ps;
		});
	}

	/**
	 * Recomputes the calendar-day columns after {@code wallboard.time-zone} changed, with
	 * the same {@link #day} the upsert uses. Not in SQL: H2 casts
	 * {@code ts AT TIME ZONE 'Europe/Paris'} to a DATE in the session's time zone (the
	 * JVM's default), not in the zone named, so a JVM in UTC put a ticket opened at 00:30
	 * in Paris on the day before. Pages of {@value #DAY_PAGE} ids, each written in its
	 * own transaction; an interrupted run is redone by the next one (the zone is only
	 * recorded as done afterwards).
	 */
	void recomputeDays(ZoneId zone) {
		long after = Long.MIN_VALUE;
		while (true) {
			List<Object[]> days = jdbc.query(
					"SELECT id, opened_at, solved_at, closed_at FROM glpi_ticket WHERE id > ? ORDER BY id LIMIT "
							+ DAY_PAGE,
					(rs, row) -> new Object[] { day(rs.getObject(2, OffsetDateTime.class), zone),
							day(rs.getObject(3, OffsetDateTime.class), zone),
							day(rs.getObject(4, OffsetDateTime.class), zone), rs.getLong(1) },
					after);
			if (days.isEmpty()) {
				return;
			}
			tx.executeWithoutResult(status -> jdbc.batchUpdate(
					"UPDATE glpi_ticket SET opened_day = ?, solved_day = ?, closed_day = ? WHERE id = ?", days));
			after = (Long) days.get(days.size() - 1)[3];
		}
	}

	private static String clip(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

	private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, value);
		}
	}

}
