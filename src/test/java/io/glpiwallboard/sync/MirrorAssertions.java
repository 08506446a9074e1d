package io.glpiwallboard.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimGroup;
import io.glpiwallboard.simulator.SimTicket;
import io.glpiwallboard.simulator.SimulatedGlpi;

import org.springframework.jdbc.core.JdbcTemplate;

/** Compares the product's ticket mirror with the simulator's truth, row by row. */
final class MirrorAssertions {

	private MirrorAssertions() {
	}

	static List<String> truth(GlpiSimulator simulator) {
		return simulator.data()
			.tickets()
			.stream()
			.map(t -> line(t.id(), t.status(), t.isDeleted(), t.entityId(), t.priority(), t.date(), t.dateMod(),
					t.dateSolve(), t.dateClose()) + "|" + s(t.sla().timeToResolve()) + "|"
					+ s(t.sla().internalTimeToResolve()) + "|" + s(t.sla().internalTimeToOwn()) + "|"
					+ s(t.takenIntoAccountAt()) + "|"
					+ (t.takenIntoAccountAt() == null ? 0
							: t.takenIntoAccountAt().getEpochSecond() - t.date().getEpochSecond())
					+ "|" + t.requestTypeName() + "|" + t.locationName())
			.toList();
	}

	static List<String> mirror(JdbcTemplate jdbc) {
		return jdbc.query(
				"SELECT id, status, is_deleted, entity_id, priority, opened_at, modified_at, solved_at, closed_at,"
						+ " time_to_resolve, internal_time_to_resolve, internal_time_to_own, taken_into_account_at,"
						+ " take_into_account_seconds, request_type_name, location_name FROM glpi_ticket ORDER BY id",
				(rs, i) -> line(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), rs.getLong(4), rs.getInt(5),
						instant(rs, 6), instant(rs, 7), instant(rs, 8), instant(rs, 9)) + "|" + s(instant(rs, 10)) + "|"
						+ s(instant(rs, 11)) + "|" + s(instant(rs, 12)) + "|" + s(instant(rs, 13)) + "|"
						+ rs.getLong(14) + "|" + rs.getString(15) + "|" + rs.getString(16));
	}

	/**
	 * Every assigned technician, group and supplier of every ticket, as
	 * {@code ticket|type|id|name}.
	 */
	static List<String> membersTruth(GlpiSimulator simulator) {
		SimulatedGlpi data = simulator.data();
		List<String> rows = new ArrayList<>();
		for (SimTicket t : data.tickets()) {
			t.team().technicians().forEach(u -> rows.add(member(t.id(), "User", u, data.userDisplayName(u))));
			t.team().groups().forEach(g -> rows.add(member(t.id(), "Group", g, data.group(g).orElseThrow().name())));
			if (t.team().supplierId() != null) {
				rows.add(member(t.id(), "Supplier", t.team().supplierId(), data.supplierName(t.team().supplierId())));
			}
		}
		return rows.stream().sorted().toList();
	}

	static List<String> members(JdbcTemplate jdbc) {
		return jdbc
			.query("SELECT ticket_id, member_type, member_id, member_name FROM glpi_ticket_member",
					(rs, i) -> member(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.stream()
			.sorted()
			.toList();
	}

	/** The group tree as {@code id|name|completename|parent|level}. */
	static List<String> groupsTruth(GlpiSimulator simulator) {
		return simulator.data().groups().stream().map(MirrorAssertions::group).sorted().toList();
	}

	static List<String> groups(JdbcTemplate jdbc) {
		return jdbc
			.query("SELECT id, name, completename, parent_id, level FROM glpi_group",
					(rs, i) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getObject(4)
							+ "|" + rs.getObject(5))
			.stream()
			.sorted()
			.toList();
	}

	private static String group(SimGroup g) {
		return g.id() + "|" + g.name() + "|" + g.completename() + "|" + g.parentId() + "|" + g.level();
	}

	private static String member(long ticket, String type, long id, String name) {
		return ticket + "|" + type + "|" + id + "|" + name;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	private static String line(long id, int status, boolean deleted, long entity, int priority, Instant date,
			Instant mod, Instant solve, Instant close) {
		return id + "|" + status + "|" + deleted + "|" + entity + "|" + priority + "|" + s(date) + "|" + s(mod) + "|"
				+ s(solve) + "|" + s(close);
	}

	private static String s(Instant t) {
		return t == null ? "-" : t.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	static long open(List<SimTicket> tickets) {
		return tickets.stream().filter(t -> !t.isDeleted() && t.status() != 5 && t.status() != 6).count();
	}

}
