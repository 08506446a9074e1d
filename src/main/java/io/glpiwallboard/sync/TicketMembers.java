package io.glpiwallboard.sync;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.glpiwallboard.glpi.GlpiTeamMember;
import io.glpiwallboard.glpi.GlpiTicket;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code glpi_ticket_member} table: each ticket's assigned technicians, groups and suppliers. A synced
 * ticket's rows are replaced as a whole, so an assignment removed in GLPI disappears; requesters and
 * observers are never stored. Callers run these statements in the transaction that writes the tickets.
 */
final class TicketMembers {

	private static final String INSERT = "INSERT INTO glpi_ticket_member (ticket_id, member_type, member_id, member_name)"
			+ " VALUES (?, ?, ?, ?)";

	/** Ids per {@code IN (...)} list: one statement per page, resolved through the primary key's first column. */
	private static final int IN_CHUNK = 500;

	private static final int MAX_NAME = 1024;

	private record Row(long ticketId, String type, long memberId, String name) {
	}

	private final JdbcTemplate jdbc;

	TicketMembers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the members of these tickets with their current {@code assigned} team members. */
	void replace(List<GlpiTicket> tickets) {
		List<Long> ids = new ArrayList<>(tickets.size());
		List<Row> rows = new ArrayList<>(tickets.size() * 2);
		for (GlpiTicket t : tickets) {
			ids.add(t.id());
			for (GlpiTeamMember m : t.assigned()) {
				rows.add(new Row(t.id(), m.memberType(), m.id(), clip(m.label())));
			}
		}
		deleteFor(ids);
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, r) -> {
				ps.setLong(1, r.ticketId());
				ps.setString(2, r.type());
				ps.setLong(3, r.memberId());
				ps.setString(4, r.name());
			});
		}
	}

	private void deleteFor(List<Long> ticketIds) {
		for (int from = 0; from < ticketIds.size(); from += IN_CHUNK) {
			List<Long> chunk = ticketIds.subList(from, Math.min(ticketIds.size(), from + IN_CHUNK));
			String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
			jdbc.update("DELETE FROM glpi_ticket_member WHERE ticket_id IN (" + marks + ")", chunk.toArray());
		}
	}

	/** Removes the members of the tickets a full sync did not see (run before those tickets are deleted). */
	int deleteForTicketsNotSeenBy(long runId) {
		return jdbc.update("DELETE FROM glpi_ticket_member m WHERE EXISTS (SELECT 1 FROM glpi_ticket t"
				+ " WHERE t.id = m.ticket_id AND t.last_seen_run <> ?)", runId);
	}

	/** Removes the members of an id range's tickets except those of {@code present}. */
	int deleteInRangeExcept(long fromId, long toId, Collection<Long> present) {
		Long[] ids = present.toArray(Long[]::new);
		return jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement("DELETE FROM glpi_ticket_member WHERE ticket_id BETWEEN ? AND ?"
					+ " AND NOT ARRAY_CONTAINS(?, ticket_id)");
			ps.setLong(1, fromId);
			ps.setLong(2, toId);
			ps.setArray(3, con.createArrayOf("BIGINT", ids));
			return ps;
		});
	}

	private static String clip(String s) {
		return s == null || s.length() <= MAX_NAME ? s : s.substring(0, MAX_NAME);
	}

}
