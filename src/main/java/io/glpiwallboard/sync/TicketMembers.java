package io.glpiwallboard.sync;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.glpiwallboard.glpi.GlpiTeamMember;
import io.glpiwallboard.glpi.GlpiTicket;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The {@code glpi_ticket_member} table: each ticket's assigned technicians, groups and
 * suppliers. A synced ticket's rows are replaced as a whole, so an assignment removed in
 * GLPI disappears; requesters and observers are never stored. Callers run these
 * statements in the transaction that writes the tickets.
 * <p>
 * Most syncs see tickets whose team did not change (a full sync re-reads everything; an
 * incremental one re-reads tickets that only got a follow-up), so a page first reads what
 * the mirror holds for its tickets and writes only the tickets whose members differ: one
 * indexed read per page instead of deleting and inserting a thousand rows, which had
 * doubled the cost of writing a page.
 */
final class TicketMembers {

	private static final String INSERT = "INSERT INTO glpi_ticket_member (ticket_id, member_type, member_id, member_name)"
			+ " VALUES (?, ?, ?, ?)";

	private static final String SELECT = "SELECT ticket_id, member_type, member_id, member_name FROM glpi_ticket_member WHERE ";

	/** Ids per {@code IN (...)} list, resolved through the primary key's first column. */
	private static final int IN_CHUNK = 500;

	private static final int MAX_NAME = 1024;

	private record Row(long ticketId, String type, long memberId, String name) {

		String key() {
			return type + "\u0000" + memberId + "\u0000" + name;
		}

	}

	private final JdbcTemplate jdbc;

	TicketMembers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Makes the members of these tickets their current {@code assigned} team members. */
	void replace(List<GlpiTicket> tickets) {
		if (tickets.isEmpty()) {
			return;
		}
		Map<Long, Set<String>> wanted = new HashMap<>(tickets.size() * 2);
		List<Row> rows = new ArrayList<>(tickets.size() * 2);
		for (GlpiTicket t : tickets) {
			Set<String> keys = new HashSet<>(4);
			for (GlpiTeamMember m : t.assigned()) {
				Row row = new Row(t.id(), m.memberType(), m.id(), clip(m.label()));
				rows.add(row);
				keys.add(row.key());
			}
			wanted.put(t.id(), keys);
		}
		Map<Long, Set<String>> stored = stored(wanted.keySet());
		List<Long> stale = new ArrayList<>();
		Set<Long> changed = new HashSet<>();
		wanted.forEach((id, keys) -> {
			Set<String> old = stored.getOrDefault(id, Set.of());
			if (!old.equals(keys)) {
				changed.add(id);
				if (!old.isEmpty()) {
					stale.add(id);
				}
			}
		});
		if (!stale.isEmpty()) {
			jdbc.batchUpdate("DELETE FROM glpi_ticket_member WHERE ticket_id = ?", stale, stale.size(),
					(ps, id) -> ps.setLong(1, id));
		}
		List<Row> inserts = rows.stream().filter(r -> changed.contains(r.ticketId())).toList();
		if (!inserts.isEmpty()) {
			jdbc.batchUpdate(INSERT, inserts, inserts.size(), (ps, r) -> {
				ps.setLong(1, r.ticketId());
				ps.setString(2, r.type());
				ps.setLong(3, r.memberId());
				ps.setString(4, r.name());
			});
		}
	}

	/**
	 * The stored member keys of these tickets (tickets without members are absent). A
	 * page read by id (full sync) covers a dense id range, read with one range scan of
	 * the primary key; a page of changed tickets is scattered over the id space and read
	 * by its ids.
	 */
	private Map<Long, Set<String>> stored(Set<Long> ticketIds) {
		Map<Long, Set<String>> stored = new HashMap<>();
		RowCallbackHandler collect = rs -> {
			long ticketId = rs.getLong(1);
			if (ticketIds.contains(ticketId)) {
				Row row = new Row(ticketId, rs.getString(2), rs.getLong(3), rs.getString(4));
				stored.computeIfAbsent(ticketId, k -> new HashSet<>(4)).add(row.key());
			}
		};
		long min = Collections.min(ticketIds);
		long max = Collections.max(ticketIds);
		if (max - min < 2L * ticketIds.size()) {
			jdbc.query(SELECT + "ticket_id BETWEEN ? AND ?", collect, min, max);
			return stored;
		}
		List<Long> ids = new ArrayList<>(ticketIds);
		for (int from = 0; from < ids.size(); from += IN_CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
			jdbc.query(SELECT + "ticket_id IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
					collect, chunk.toArray());
		}
		return stored;
	}

	/**
	 * Removes the members of the tickets a full sync did not see (run before those
	 * tickets are deleted).
	 */
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
