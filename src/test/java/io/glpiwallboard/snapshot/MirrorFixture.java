package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-made rows in the mirror tables, stored the way sync stores them: dates carry the
 * offset GLPI prints (the zone's offset at that instant) and the *_day columns are the
 * calendar day in the wallboard zone, computed like {@code TicketMirror.day()}.
 */
public final class MirrorFixture {

	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	public MirrorFixture(JdbcTemplate jdbc, ZoneId zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	/** Empties the mirror and every snapshot table. */
	public void clear() {
		for (String table : new String[] { "snapshot_open", "snapshot_age", "snapshot_oldest", "snapshot_entity_day",
				"snapshot_group_open", "snapshot_group_age", "snapshot_group_oldest", "snapshot_group_day",
				"snapshot_group_pair", "snapshot_day", "glpi_ticket", "glpi_ticket_member", "glpi_entity",
				"glpi_group" }) {
			jdbc.update("DELETE FROM " + table);
		}
	}

	public void entity(long id, String completename, Long parentId, int level) {
		String name = completename.substring(completename.lastIndexOf('>') + 1).trim();
		jdbc.update(
				"MERGE INTO glpi_entity (id, name, completename, parent_id, level, last_seen_run) KEY (id) VALUES (?, ?, ?, ?, ?, 1)",
				id, name, completename, parentId, level);
	}

	public void group(long id, String completename, Long parentId, int level) {
		String name = completename.substring(completename.lastIndexOf('>') + 1).trim();
		jdbc.update(
				"MERGE INTO glpi_group (id, name, completename, parent_id, level, last_seen_run) KEY (id) VALUES (?, ?, ?, ?, ?, 1)",
				id, name, completename, parentId, level);
	}

	/**
	 * Assigns a member to the ticket, as the sync stores a team entry with role
	 * "assigned" (requesters and observers are never stored).
	 * @param type User (technician), Group or Supplier
	 */
	public void assign(long ticketId, String type, long memberId, String name) {
		jdbc.update(
				"MERGE INTO glpi_ticket_member (ticket_id, member_type, member_id, member_name) KEY (ticket_id, member_type, member_id)"
						+ " VALUES (?, ?, ?, ?)",
				ticketId, type, memberId, name);
	}

	/**
	 * An open ticket (status New, priority 3, incident, no category, no deadline) of the
	 * entity; change it with the with* methods.
	 */
	public Ticket ticket(long id, Long entityId, String openedAt) {
		return new Ticket(id, entityId, 1, 3, 1, null, false, Instant.parse(openedAt), null, null, null);
	}

	static LocalDate day(OffsetDateTime time, ZoneId zone) {
		return time == null ? null : time.atZoneSameInstant(zone).toLocalDate();
	}

	private OffsetDateTime asGlpiPrintsIt(Instant instant) {
		return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
	}

	/**
	 * @param due the SLA time-to-resolve deadline ({@code glpi_ticket.time_to_resolve}),
	 * or null
	 */
	public record Ticket(long id, Long entityId, int status, Integer priority, Integer type, Long categoryId,
			boolean trashed, Instant opened, Instant solved, Instant closed, Instant due) {

		public Ticket status(int v) {
			return new Ticket(id, entityId, v, priority, type, categoryId, trashed, opened, solved, closed, due);
		}

		public Ticket priority(Integer v) {
			return new Ticket(id, entityId, status, v, type, categoryId, trashed, opened, solved, closed, due);
		}

		public Ticket type(Integer v) {
			return new Ticket(id, entityId, status, priority, v, categoryId, trashed, opened, solved, closed, due);
		}

		public Ticket category(Long v) {
			return new Ticket(id, entityId, status, priority, type, v, trashed, opened, solved, closed, due);
		}

		public Ticket inTrash() {
			return new Ticket(id, entityId, status, priority, type, categoryId, true, opened, solved, closed, due);
		}

		/** Solved at that instant (status 5). */
		public Ticket solved(String at) {
			return new Ticket(id, entityId, TicketRules.SOLVED, priority, type, categoryId, trashed, opened,
					Instant.parse(at), closed, due);
		}

		/** Closed at that instant (status 6), keeping any solve date. */
		public Ticket closed(String at) {
			return new Ticket(id, entityId, TicketRules.CLOSED, priority, type, categoryId, trashed, opened, solved,
					Instant.parse(at), due);
		}

		/**
		 * With a time-to-resolve deadline, e.g. "2026-03-30T11:30:00+02:00" (stored with
		 * that offset).
		 */
		public Ticket due(String at) {
			return new Ticket(id, entityId, status, priority, type, categoryId, trashed, opened, solved, closed,
					OffsetDateTime.parse(at).toInstant());
		}

	}

	/** Inserts or replaces the ticket (a sync re-reading it). */
	public void put(Ticket t) {
		OffsetDateTime opened = asGlpiPrintsIt(t.opened());
		OffsetDateTime solved = asGlpiPrintsIt(t.solved());
		OffsetDateTime closed = asGlpiPrintsIt(t.closed());
		jdbc.update(
				"""
						MERGE INTO glpi_ticket (id, title, entity_id, entity_name, entity_completename, status, priority, urgency, impact,
						  type, category_id, category_name, is_deleted, opened_at, modified_at, solved_at, closed_at,
						  opened_day, solved_day, closed_day, last_seen_run, time_to_resolve)
						KEY (id) VALUES (?, ?, ?, NULL, NULL, ?, ?, 3, 3, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)""",
				t.id(), "Ticket " + t.id(), t.entityId(), t.status(), t.priority(), t.type(), t.categoryId(),
				t.trashed(), opened, opened, solved, closed, day(opened, zone), day(solved, zone), day(closed, zone),
				asGlpiPrintsIt(t.due()));
	}

	public void put(Ticket... tickets) {
		for (Ticket t : tickets) {
			put(t);
		}
	}

	/**
	 * The hand-checked helpdesk around the spring DST change (Sunday 2026-03-29, 02:00
	 * CET becomes 03:00 CEST). Entities: 0 Root > 1 Paris > 2 IT, and 0 Root > 3 Lyon.
	 * Days are Paris days. <pre>
	 * id entity status prio type cat  opened (UTC)      day   solved / closed (UTC)         note
	 *  1  2     1      3    1    10   03-29 22:30  ->  03-30                               opened "today" (00:30 CEST)
	 *  2  2     2      4    2    -    03-29 21:30  ->  03-29                               23:30 CEST: yesterday
	 *  3  1     10     6    1    11   03-28 23:30  ->  03-29                               23:30 UTC = next day (CET)
	 *  4  1     42     2    2    10   01-10 09:00                                          unknown status: open
	 *  5  -     4      5    1    -    2025-11-01 08:00                                     no entity
	 *  6  3     3      1    2    12   03-25 08:00
	 *  7  3     5      3    1    -    03-27 08:00         solved 03-30 07:00
	 *  8  2     6      3    1    -    03-30 06:00         solved 03-30 07:00, closed 08:00  same day
	 *  9  1     6      3    1    -    03-20 08:00         closed 03-29 22:10 (= 03-30)     no date_solve
	 * 10  2     1      trashed        03-30 05:00                                          counts nowhere
	 * 11  3     6      trashed        03-29 08:00         closed 03-30 06:00               counts nowhere
	 * 12  0     2      3    1    -    03-01 10:00
	 * 13  3     5      3    1    -    03-29 08:00         solved 03-29 21:45 (= 03-29)
	 * 14  2     1      3    1    -    03-30 09:30
	 * 15  1     2      3    2    10   03-29 09:30 (stored as 11:30+02:00)
	 * </pre>
	 */
	/** Puts (again) the entities and tickets of the table above. */
	public void springWeek() {
		entity(0, "Root", null, 1);
		entity(1, "Root > Paris", 0L, 2);
		entity(2, "Root > Paris > IT", 1L, 3);
		entity(3, "Root > Lyon", 0L, 2);
		put(ticket(1, 2L, "2026-03-29T22:30:00Z").category(10L),
				ticket(2, 2L, "2026-03-29T21:30:00Z").status(2).priority(4).type(2),
				ticket(3, 1L, "2026-03-28T23:30:00Z").status(10).priority(6).category(11L),
				ticket(4, 1L, "2026-01-10T09:00:00Z").status(42).priority(2).type(2).category(10L),
				ticket(5, null, "2025-11-01T08:00:00Z").status(4).priority(5),
				ticket(6, 3L, "2026-03-25T08:00:00Z").status(3).priority(1).type(2).category(12L),
				ticket(7, 3L, "2026-03-27T08:00:00Z").solved("2026-03-30T07:00:00Z"),
				ticket(8, 2L, "2026-03-30T06:00:00Z").solved("2026-03-30T07:00:00Z").closed("2026-03-30T08:00:00Z"),
				ticket(9, 1L, "2026-03-20T08:00:00Z").closed("2026-03-29T22:10:00Z"),
				ticket(10, 2L, "2026-03-30T05:00:00Z").inTrash(),
				ticket(11, 3L, "2026-03-29T08:00:00Z").closed("2026-03-30T06:00:00Z").inTrash(),
				ticket(12, 0L, "2026-03-01T10:00:00Z").status(2),
				ticket(13, 3L, "2026-03-29T08:00:00Z").solved("2026-03-29T21:45:00Z"),
				ticket(14, 2L, "2026-03-30T09:30:00Z"),
				ticket(15, 1L, "2026-03-29T09:30:00Z").status(2).type(2).category(10L));
	}

	/**
	 * Teams and deadlines on top of {@link #springWeek()}, checked by hand against an
	 * as-of time of Monday 2026-03-30 10:00 UTC (12:00 in Paris). Groups: 100 Support >
	 * 101 N1 and 102 Network (a name with {@code <}, {@code "} and {@code &}). Only
	 * assigned members are stored: a ticket whose only team entries are requesters or
	 * observers has no rows, like 4 and 12. <pre>
	 * id entity state   assigned                 due (time to resolve)          at as-of
	 *  1  2     open    group 101, user 7        03-30 10:00:00Z (exactly as-of)  due soon, not late
	 *  2  2     open    groups 101 and 102       03-30 09:59:59Z                  late; no technician
	 *  3  1     open    supplier 5               03-30 11:30+02:00 (09:30Z)       late
	 *  4  1     open    (observer only)          03-31 09:59:59Z                  due soon; unassigned
	 *  5  -     open    group 102, user 8        03-31 10:00:00Z (as-of + 24 h)   neither
	 *  6  3     open    user 7                   03-27 23:30Z (03-28 00:30 CET)   late
	 *  7  3     solved  group 102                                                 solved today
	 *  8  2     closed  group 101                                                 opened, solved, closed today
	 *  9  1     closed  group 101                03-28 12:00Z                     closed today; late 28th, 29th
	 * 12  0     open    (none)                   03-01 12:00Z                     late; unassigned
	 * 13  3     solved                           03-29 08:30Z                     solved before the end of the 29th
	 * 14  2     open    group 102                04-05 12:00Z                     neither; no technician
	 * 15  1     open    group 101, user 9        03-30 10:00:01Z                  due soon
	 * </pre> Open 9: unassigned 4, 12; late 2, 3, 6, 12; due soon 1, 4, 15; no group 3,
	 * 4, 6, 12; group 101: 1, 2, 15; group 102: 2, 5, 14.
	 */
	public void springWeekWithTeams() {
		springWeek();
		group(100, "Support", null, 1);
		group(101, "Support > N1", 100L, 2);
		group(102, "Support > Network <LAN> & \"Wi-Fi\"", 100L, 2);
		put(ticket(1, 2L, "2026-03-29T22:30:00Z").category(10L).due("2026-03-30T10:00:00Z"),
				ticket(2, 2L, "2026-03-29T21:30:00Z").status(2).priority(4).type(2).due("2026-03-30T09:59:59Z"),
				ticket(3, 1L, "2026-03-28T23:30:00Z").status(10)
					.priority(6)
					.category(11L)
					.due("2026-03-30T11:30:00+02:00"),
				ticket(4, 1L, "2026-01-10T09:00:00Z").status(42)
					.priority(2)
					.type(2)
					.category(10L)
					.due("2026-03-31T09:59:59Z"),
				ticket(5, null, "2025-11-01T08:00:00Z").status(4).priority(5).due("2026-03-31T10:00:00Z"),
				ticket(6, 3L, "2026-03-25T08:00:00Z").status(3)
					.priority(1)
					.type(2)
					.category(12L)
					.due("2026-03-27T23:30:00Z"),
				ticket(9, 1L, "2026-03-20T08:00:00Z").closed("2026-03-29T22:10:00Z").due("2026-03-28T12:00:00Z"),
				ticket(12, 0L, "2026-03-01T10:00:00Z").status(2).due("2026-03-01T12:00:00Z"),
				ticket(13, 3L, "2026-03-29T08:00:00Z").solved("2026-03-29T21:45:00Z").due("2026-03-29T08:30:00Z"),
				ticket(14, 2L, "2026-03-30T09:30:00Z").due("2026-04-05T12:00:00Z"),
				ticket(15, 1L, "2026-03-29T09:30:00Z").status(2).type(2).category(10L).due("2026-03-30T10:00:01Z"));
		assign(1, "Group", 101, "N1");
		assign(1, "User", 7, "tech7");
		assign(2, "Group", 101, "N1");
		assign(2, "Group", 102, "Network");
		assign(3, "Supplier", 5, "Printer Co");
		assign(5, "Group", 102, "Network");
		assign(5, "User", 8, "tech8");
		assign(6, "User", 7, "tech7");
		assign(7, "Group", 102, "Network");
		assign(8, "Group", 101, "N1");
		assign(9, "Group", 101, "N1");
		assign(14, "Group", 102, "Network");
		assign(15, "Group", 101, "N1");
		assign(15, "User", 9, "tech9");
	}

}
