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
			  opened_day, solved_day, closed_day, last_seen_run)
			KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final int MAX_TITLE = 4000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	TicketMirror(JdbcTemplate jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
	}

	/** Writes one page in one transaction, stamping each row with the run that saw it. */
	void upsert(List<GlpiTicket> tickets, long runId, ZoneId dayZone) {
		if (tickets.isEmpty()) {
			return;
		}
		tx.executeWithoutResult(status -> jdbc.batchUpdate(UPSERT, tickets, tickets.size(),
				(ps, t) -> bind(ps, t, runId, dayZone)));
	}

	private static void bind(PreparedStatement ps, GlpiTicket t, long runId, ZoneId zone) throws SQLException {
		GlpiRef entity = t.entity();
		GlpiRef category = t.category();
		ps.setLong(1, t.id());
		ps.setString(2, clip(t.name() == null ? "" : t.name()));
		setLong(ps, 3, entity == null ? null : entity.id());
		ps.setString(4, entity == null ? null : clip(entity.name()));
		ps.setString(5, entity == null ? null : clip(entity.completename()));
		ps.setInt(6, t.statusId());
		setInt(ps, 7, t.priority());
		setInt(ps, 8, t.urgency());
		setInt(ps, 9, t.impact());
		setInt(ps, 10, t.type());
		setLong(ps, 11, category == null ? null : category.id());
		ps.setString(12, category == null ? null : clip(category.name()));
		ps.setBoolean(13, t.isDeleted());
		ps.setObject(14, t.date());
		ps.setObject(15, t.dateMod());
		ps.setObject(16, t.dateSolve());
		ps.setObject(17, t.dateClose());
		ps.setObject(18, day(t.date(), zone));
		ps.setObject(19, day(t.dateSolve(), zone));
		ps.setObject(20, day(t.dateClose(), zone));
		ps.setLong(21, runId);
	}

	static LocalDate day(OffsetDateTime time, ZoneId zone) {
		return time == null ? null : time.atZoneSameInstant(zone).toLocalDate();
	}

	long count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket", Long.class);
	}

	long countInRange(long fromId, long toId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket WHERE id BETWEEN ? AND ?", Long.class, fromId, toId);
	}

	long maxId() {
		Long max = jdbc.queryForObject("SELECT MAX(id) FROM glpi_ticket", Long.class);
		return max == null ? 0 : max;
	}

	/** Tickets the run {@code runId} did not see (yet). */
	long countNotSeenBy(long runId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket WHERE last_seen_run <> ?", Long.class, runId);
	}

	/** Removes the tickets a full sync did not see: they were purged in GLPI (or left its view). */
	int deleteNotSeenBy(long runId) {
		return jdbc.update("DELETE FROM glpi_ticket WHERE last_seen_run <> ?", runId);
	}

	/** Removes the tickets of an id range that GLPI no longer has. */
	int deleteInRangeExcept(long fromId, long toId, Collection<Long> present) {
		if (present.isEmpty()) {
			return jdbc.update("DELETE FROM glpi_ticket WHERE id BETWEEN ? AND ?", fromId, toId);
		}
		Long[] ids = present.toArray(Long[]::new);
		return jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement(
					"DELETE FROM glpi_ticket WHERE id BETWEEN ? AND ? AND NOT ARRAY_CONTAINS(?, id)");
			ps.setLong(1, fromId);
			ps.setLong(2, toId);
			ps.setArray(3, con.createArrayOf("BIGINT", ids));
			return ps;
		});
	}

	/** Recomputes the calendar-day columns after {@code wallboard.time-zone} changed. */
	void recomputeDays(ZoneId zone) {
		String z = zone.getId().replace("'", "");
		jdbc.update("UPDATE glpi_ticket SET opened_day = CAST(opened_at AT TIME ZONE '" + z + "' AS DATE),"
				+ " solved_day = CAST(solved_at AT TIME ZONE '" + z + "' AS DATE),"
				+ " closed_day = CAST(closed_at AT TIME ZONE '" + z + "' AS DATE)");
	}

	private static String clip(String s) {
		return s == null || s.length() <= MAX_TITLE ? s : s.substring(0, MAX_TITLE);
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
