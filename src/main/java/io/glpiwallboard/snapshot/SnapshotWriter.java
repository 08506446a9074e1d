package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.glpiwallboard.system.WallboardProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the observed snapshot of one day from the mirror, entirely in SQL, in one transaction:
 * a re-run of the same day replaces it, never adds to it. Every figure is written twice, by
 * entity ({@code snapshot_*}, each ticket once) and by assigned group and entity
 * ({@code snapshot_group_*}, a ticket once per assigned group), from the same statements.
 */
@Component
class SnapshotWriter {

	private static final Logger log = LoggerFactory.getLogger(SnapshotWriter.class);

	/** How many oldest open tickets are kept per entity (and per group and entity). */
	static final int OLDEST_PER_ENTITY = 10;

	private static final String[] TABLES = { "snapshot_open", "snapshot_age", "snapshot_oldest", "snapshot_entity_day",
			"snapshot_group_open", "snapshot_group_age", "snapshot_group_oldest", "snapshot_group_day", "snapshot_group_pair" };

	/** Deadline passed at the as-of time: strictly earlier, so a deadline of exactly now is not late yet. */
	static final String LATE = "CASE WHEN t.time_to_resolve < :asOf THEN 1 ELSE 0 END";

	private static final String WORK_GROUPS_OF_T = "snapshot_work_member m ON m.ticket_id = t.id AND m.member_type = 'Group'";

	static final String DUE_SOON = "CASE WHEN t.time_to_resolve >= :asOf AND t.time_to_resolve < :dueBy THEN 1 ELSE 0 END";

	/**
	 * The assigned members of the open tickets, in one pass over glpi_ticket_member (one range per
	 * open ticket): the statements below read these rows instead of the large member table.
	 */
	private static final String WORK_MEMBERS = """
			INSERT INTO snapshot_work_member (ticket_id, member_type, member_id)
			SELECT a.ticket_id, a.member_type, a.member_id FROM glpi_ticket t
			JOIN glpi_ticket_member a ON a.ticket_id = t.id
			WHERE t.is_open = TRUE
			""";

	/** The open tickets with their team counts, from the open-ticket index alone (V42). */
	private static final String WORK_TICKETS = """
			INSERT INTO snapshot_work_ticket (id, entity_id, status, priority, type, category_id, opened_at, time_to_resolve,
			  members, groups, users)
			SELECT t.id, COALESCE(t.entity_id, -1), t.status, COALESCE(t.priority, 0), COALESCE(t.type, 0),
			       COALESCE(t.category_id, 0), t.opened_at, t.time_to_resolve, COUNT(a.ticket_id),
			       SUM(CASE WHEN a.member_type = 'Group' THEN 1 ELSE 0 END), SUM(CASE WHEN a.member_type = 'User' THEN 1 ELSE 0 END)
			FROM glpi_ticket t LEFT JOIN snapshot_work_member a ON a.ticket_id = t.id
			WHERE t.is_open = TRUE
			GROUP BY t.id, t.entity_id, t.status, t.priority, t.type, t.category_id, t.opened_at, t.time_to_resolve
			""";

	/**
	 * One cut of the tickets. Its tokens fill the statements below: {@code {t}} the table prefix,
	 * {@code {days}} the table of daily counts, {@code {gcol}}/{@code {gout}} the group column (none
	 * by entity), {@code {g}} the group of a row, {@code {open}} the open tickets (scratch tables),
	 * {@code {flow}} the mirror's tickets for the day's flows, {@code {unassigned}} what "unassigned"
	 * means in the cut, {@code {ng}} the "no group" test and {@code {ngcol}}/{@code {ngval}} where it goes.
	 */
	private enum Cut {

		ENTITY(Map.ofEntries(Map.entry("{t}", "snapshot_"), Map.entry("{days}", "snapshot_entity_day"), Map.entry("{gcol}", ""),
				Map.entry("{gout}", ""), Map.entry("{g}", "CAST(0 AS BIGINT)"), Map.entry("{open}", "snapshot_work_ticket t"),
				Map.entry("{flow}", "glpi_ticket t"), Map.entry("{unassigned}", "t.members = 0"), Map.entry("{ng}", "t.groups = 0"),
				Map.entry("{ngcol}", ", no_group"), Map.entry("{ngval}", ", SUM(ng)"))),

		/** On a group's board "unassigned" is "waiting for a technician": no User assigned. */
		GROUP(Map.ofEntries(Map.entry("{t}", "snapshot_group_"), Map.entry("{days}", "snapshot_group_day"),
				Map.entry("{gcol}", "group_id, "), Map.entry("{gout}", "g, "), Map.entry("{g}", "m.member_id"),
				Map.entry("{open}", "snapshot_work_ticket t JOIN " + WORK_GROUPS_OF_T),
				Map.entry("{flow}", "glpi_ticket t JOIN glpi_ticket_member m ON m.ticket_id = t.id AND m.member_type = 'Group'"),
				Map.entry("{unassigned}", "t.users = 0"), Map.entry("{ng}", "FALSE"), Map.entry("{ngcol}", ""),
				Map.entry("{ngval}", "")));

		private final Map<String, String> tokens;

		Cut(Map<String, String> tokens) {
			this.tokens = tokens;
		}

		String sql(String template) {
			String sql = template;
			for (Map.Entry<String, String> token : tokens.entrySet()) {
				sql = sql.replace(token.getKey(), token.getValue());
			}
			return sql;
		}

	}

	private static final String OPEN = """
			INSERT INTO {t}open (snapshot_date, {gcol}entity_id, status, priority, type, category_id, open_count)
			SELECT :day, {gout}e, s, p, ty, c, COUNT(*) FROM (
			  SELECT {g} AS g, t.entity_id AS e, t.status AS s, t.priority AS p, t.type AS ty, t.category_id AS c FROM {open}) x
			GROUP BY g, e, s, p, ty, c
			""";

	/** Open tickets from the scratch tables, the day's flows from the day indexes: no full scan. */
	private static final String DAY = """
			INSERT INTO {days} (snapshot_date, {gcol}entity_id, open_count, opened, solved, closed, late, due_soon, unassigned{ngcol})
			SELECT :day, {gout}e, SUM(o), SUM(op), SUM(so), SUM(cl), SUM(la), SUM(ds), SUM(un){ngval} FROM (
			  SELECT {g} AS g, t.entity_id AS e, COUNT(*) AS o, 0 AS op, 0 AS so, 0 AS cl,
			         SUM(%1$s) AS la, SUM(%2$s) AS ds, SUM(CASE WHEN {unassigned} THEN 1 ELSE 0 END) AS un,
			         SUM(CASE WHEN {ng} THEN 1 ELSE 0 END) AS ng
			  FROM {open} GROUP BY {g}, t.entity_id
			  UNION ALL SELECT {g}, COALESCE(t.entity_id, -1), 0, COUNT(*), 0, 0, 0, 0, 0, 0
			  FROM {flow} WHERE t.opened_day = :day AND t.is_deleted = FALSE GROUP BY {g}, COALESCE(t.entity_id, -1)
			  UNION ALL SELECT {g}, COALESCE(t.entity_id, -1), 0, 0, COUNT(*), 0, 0, 0, 0, 0
			  FROM {flow} WHERE t.solved_day = :day AND t.is_deleted = FALSE GROUP BY {g}, COALESCE(t.entity_id, -1)
			  UNION ALL SELECT {g}, COALESCE(t.entity_id, -1), 0, 0, 0, COUNT(*), 0, 0, 0, 0
			  FROM {flow} WHERE t.closed_day = :day AND t.is_deleted = FALSE GROUP BY {g}, COALESCE(t.entity_id, -1)) f
			GROUP BY g, e
			""".formatted(LATE, DUE_SOON);

	/**
	 * Age in whole 24-hour days since opening: 0 -> < 1 day, 1-7, 8-30, 31-90, > 90. Compared as
	 * instants: H2's DATEDIFF on TIMESTAMP WITH TIME ZONE ignores the offsets, which put tickets
	 * printed with +02:00 up to two hours into the wrong bucket.
	 */
	private static final String AGE = """
			INSERT INTO {t}age (snapshot_date, {gcol}entity_id, bucket, open_count)
			SELECT :day, {gout}e, b, COUNT(*) FROM (
			  SELECT {g} AS g, t.entity_id AS e,
			         CASE WHEN t.opened_at IS NULL OR t.opened_at > :age1 THEN 0 WHEN t.opened_at > :age8 THEN 1
			              WHEN t.opened_at > :age31 THEN 2 WHEN t.opened_at > :age91 THEN 3 ELSE 4 END AS b
			  FROM {open}) x
			GROUP BY g, e, b
			""";

	/** Ranked on the scratch rows; only the winners' rows are read from the mirror for their title. */
	private static final String OLDEST = """
			INSERT INTO {t}oldest (snapshot_date, {gcol}entity_id, ticket_id, title, opened_at, status, priority, time_to_resolve)
			SELECT :day, {gout}e, t.id, t.title, t.opened_at, t.status, t.priority, t.time_to_resolve
			FROM (SELECT g, id, e FROM (
			        SELECT {g} AS g, t.id, t.entity_id AS e,
			               ROW_NUMBER() OVER (PARTITION BY {g}, t.entity_id ORDER BY t.opened_at NULLS LAST, t.id) AS rn
			        FROM {open}) w
			      WHERE rn <= %d) r
			JOIN glpi_ticket t ON t.id = r.id
			""".formatted(OLDEST_PER_ENTITY);

	/** Every pair of groups assigned to the same open ticket, each group with itself included. */
	private static final String PAIRS = """
			INSERT INTO snapshot_group_pair (snapshot_date, group_id, other_group_id, entity_id, open_count, late, due_soon, unassigned)
			SELECT :day, m.member_id, o.member_id, t.entity_id, COUNT(*), SUM(%s), SUM(%s), SUM(CASE WHEN t.users = 0 THEN 1 ELSE 0 END)
			FROM snapshot_work_ticket t JOIN %s
			JOIN snapshot_work_member o ON o.ticket_id = t.id AND o.member_type = 'Group'
			GROUP BY m.member_id, o.member_id, t.entity_id
			""".formatted(LATE, DUE_SOON, WORK_GROUPS_OF_T);

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final TransactionTemplate tx;

	private final WallboardProperties properties;

	SnapshotWriter(JdbcTemplate jdbc, TransactionTemplate tx, WallboardProperties properties) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.tx = tx;
		this.properties = properties;
	}

	void writeObserved(LocalDate day, Instant asOf) {
		OffsetDateTime at = asOf.atOffset(ZoneOffset.UTC);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("day", day)
			.addValue("asOf", at)
			.addValue("dueBy", at.plus(properties.dueSoon()))
			.addValue("age1", daysBefore(at, 1))
			.addValue("age8", daysBefore(at, 8))
			.addValue("age31", daysBefore(at, 31))
			.addValue("age91", daysBefore(at, 91));
		tx.executeWithoutResult(status -> {
			for (String table : TABLES) {
				jdbc.update("DELETE FROM " + table + " WHERE snapshot_date = ?", day);
			}
			jdbc.update("MERGE INTO snapshot_day (snapshot_date, reconstructed, as_of, teams) KEY (snapshot_date) VALUES (?, FALSE, ?, TRUE)",
					day, at);
			emptyScratchTables();
			jdbc.update(WORK_MEMBERS);
			jdbc.update(WORK_TICKETS);
			for (Cut cut : Cut.values()) {
				for (String statement : List.of(OPEN, DAY, AGE, OLDEST)) {
					named.update(cut.sql(statement), params);
				}
			}
			named.update(PAIRS, params);
			emptyScratchTables();
		});
		logTicketsOutsideTheEntityTree(day);
	}

	/**
	 * Tickets of an entity GLPI did not list (created after the entity step, not readable by the
	 * account, deleted) or of no entity have rows of their own on the board and in the API; say so
	 * once per snapshot, so that an admin can fix the account's rights.
	 */
	private void logTicketsOutsideTheEntityTree(LocalDate day) {
		List<Map<String, Object>> outside = jdbc.queryForList("SELECT entity_id, open_count FROM snapshot_entity_day"
				+ " WHERE snapshot_date = ? AND open_count > 0 AND entity_id NOT IN (SELECT id FROM glpi_entity) ORDER BY entity_id",
				day);
		long unknown = 0;
		StringBuilder ids = new StringBuilder();
		for (Map<String, Object> row : outside) {
			long entity = ((Number) row.get("ENTITY_ID")).longValue();
			long open = ((Number) row.get("OPEN_COUNT")).longValue();
			if (entity == EntityTree.NO_ENTITY) {
				log.warn("{} open tickets have no entity: the board shows them as \"{}\"", open, EntityTree.label(entity));
			}
			else {
				unknown += open;
				ids.append(ids.isEmpty() ? "#" : ", #").append(entity);
			}
		}
		if (unknown > 0) {
			log.warn("{} open tickets are in entities missing from GLPI's entity list ({}): the board shows them as \"{}\";"
					+ " check that the account may read every entity", unknown, ids, EntityTree.UNKNOWN_ENTITY + "<id>");
		}
	}

	private void emptyScratchTables() {
		jdbc.update("DELETE FROM snapshot_work_member");
		jdbc.update("DELETE FROM snapshot_work_ticket");
	}

	private static OffsetDateTime daysBefore(OffsetDateTime at, int days) {
		return at.minusSeconds(days * 86_400L);
	}

}
