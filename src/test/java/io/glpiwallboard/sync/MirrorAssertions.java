package io.glpiwallboard.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimTicket;

import org.springframework.jdbc.core.JdbcTemplate;

/** Compares the product's ticket mirror with the simulator's truth, row by row. */
final class MirrorAssertions {

	private MirrorAssertions() {
	}

	static List<String> truth(GlpiSimulator simulator) {
		return simulator.data().tickets().stream().map(t -> line(t.id(), t.status(), t.isDeleted(), t.entityId(), t.priority(),
				t.date(), t.dateMod(), t.dateSolve(), t.dateClose())).toList();
	}

	static List<String> mirror(JdbcTemplate jdbc) {
		return jdbc.query("SELECT id, status, is_deleted, entity_id, priority, opened_at, modified_at, solved_at, closed_at"
				+ " FROM glpi_ticket ORDER BY id", (rs, i) -> line(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), rs.getLong(4),
						rs.getInt(5), instant(rs.getObject(6, OffsetDateTime.class)), instant(rs.getObject(7, OffsetDateTime.class)),
						instant(rs.getObject(8, OffsetDateTime.class)), instant(rs.getObject(9, OffsetDateTime.class))));
	}

	private static Instant instant(OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}

	private static String line(long id, int status, boolean deleted, long entity, int priority, Instant date, Instant mod,
			Instant solve, Instant close) {
		return id + "|" + status + "|" + deleted + "|" + entity + "|" + priority + "|" + s(date) + "|" + s(mod) + "|" + s(solve)
				+ "|" + s(close);
	}

	private static String s(Instant t) {
		return t == null ? "-" : t.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	static long open(List<SimTicket> tickets) {
		return tickets.stream().filter(t -> !t.isDeleted() && t.status() != 5 && t.status() != 6).count();
	}

}
