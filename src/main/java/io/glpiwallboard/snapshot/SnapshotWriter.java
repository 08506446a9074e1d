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

	static final String DUE_SOON = "CASE WHEN t.time_to_resolve >= :asOf AND t.time_to_resolve < :dueBy THEN 1 ELSE 0 END";

	private static final String HAS_NO_MEMBER = "NOT EXISTS (SELECT 1 FROM glpi_ticket_member a WHERE a.ticket_id = t.id)";

	private static final String HAS_NO = "NOT EXISTS (SELECT 1 FROM glpi_ticket_member a WHERE a.ticket_id = t.id AND a.member_type = '%s')";

	private static final String GROUPS_OF_T = "glpi_ticket_member m ON m.ticket_id = t.id AND m.member_type = 'Group'";

	/**
	 * One cut of the tickets. Its tokens fill the statements below: {@code {t}} the table prefix,
	 * {@code {days}} the table of daily counts,
	 * {@code {gcol}}/{@code {gout}} the group column (none by entity), {@code {g}} the group of a
	 * ticket row, {@code {from}} the rows, {@code {unassigned}} what "unassigned" means in the cut,
	 * {@code {ng}} the "no group" test and {@code {ngcol}}/{@code {ngval}} where it goes.
	 */
	private enum Cut {

		ENTITY(Map.of("{t}", "snapshot_", "{days}", "snapshot_entity_day", "{gcol}", "", "{gout}", "", "{g}", "CAST(0 AS BIGINT)", "{from}", "glpi_ticket t",
				"{unassigned}", HAS_NO_MEMBER, "{ng}", HAS_NO.formatted("Group"), "{ngcol}", ", no_group", "{ngval}", ", SUM(ng)")),

		/** On a group's board "unassigned" is "waiting for a technician": no User assigned. */
		GROUP(Map.of("{t}", "snapshot_group_", "{days}", "snapshot_group_day", "{gcol}", "group_id, ", "{gout}", "g, ", "{g}", "m.member_id", "{from}",
				"glpi_ticket t JOIN " + GROUPS_OF_T, "{unassigned}", HAS_NO.formatted("User"), "{ng}", "0", "{ngcol}", "",
				"{ngval}", ""));

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
			  SELECT {g} AS g, COALESCE(t.entity_id, -1) AS e, t.status AS s, COALESCE(t.priority, 0) AS p,
			         COALESCE(t.type, 0) AS ty, COALESCE(t.category_id, 0) AS c
			  FROM {from} WHERE t.is_open = TRUE) x
			GROUP BY g, e, s, p, ty, c
			""";

	/** Open tickets from the is_open index, the day's flows from the day indexes: no full scan. */
	private static final String DAY = """
			INSERT INTO {days} (snapshot_date, {gcol}entity_id, open_count, opened, solved, closed, late, due_soon, unassigned{ngcol})
			SELECT :day, {gout}e, SUM(o), SUM(op), SUM(so), SUM(cl), SUM(la), SUM(ds), SUM(un){ngval} FROM (
			  SELECT {g} AS g, COALESCE(t.entity_id, -1) AS e, COUNT(*) AS o, 0 AS op, 0 AS so, 0 AS cl,
			         SUM(%1$s) AS la, SUM(%2$s) AS ds, SUM(CASE WHEN {unassigned} THEN 1 ELSE 0 END) AS un,
			         SUM(CASE WHEN {ng} THEN 1 ELSE 0 END) AS ng
			  FROM {from} WHERE t.is_open = TRUE GROUP BY {g}, COALESCE(t.entity_id, -1)
			  UNION ALL SELECT {g}, COALESCE(t.entity_id, -1), 0, COUNT(*), 0, 0, 0, 0, 0, 0
			  FROM {from} WHERE t.opened_day = :day AND t.is_deleted = FALSE GROUP BY {g}, COALESCE(t.entity_id, -1)
			  UNION ALL SELECT {g}, COALESCE(t.entity_id, -1), 0, 0, COUNT(*), 0, 0, 0, 0, 0
			  FROM {from} WHERE t.solved_day = :day AND t.is_deleted = FALSE GROUP BY {g}, COALESCE(t.entity_id, -1)
			  UNION ALL SELECT {g}, COALESCE(t.entity_id, -1), 0, 0, 0, COUNT(*), 0, 0, 0, 0
			  FROM {from} WHERE t.closed_day = :day AND t.is_deleted = FALSE GROUP BY {g}, COALESCE(t.entity_id, -1)) f
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
			  SELECT {g} AS g, COALESCE(t.entity_id, -1) AS e,
			         CASE WHEN t.opened_at IS NULL OR t.opened_at > :age1 THEN 0 WHEN t.opened_at > :age8 THEN 1
			              WHEN t.opened_at > :age31 THEN 2 WHEN t.opened_at > :age91 THEN 3 ELSE 4 END AS b
			  FROM {from} WHERE t.is_open = TRUE) x
			GROUP BY g, e, b
			""";

	/** Ranked on the index alone (entity, opened_at, id); only the winners' rows are read for their title. */
	private static final String OLDEST = """
			INSERT INTO {t}oldest (snapshot_date, {gcol}entity_id, ticket_id, title, opened_at, status, priority, time_to_resolve)
			SELECT :day, {gout}e, t.id, t.title, t.opened_at, t.status, t.priority, t.time_to_resolve
			FROM (SELECT g, id, e FROM (
			        SELECT {g} AS g, t.id, COALESCE(t.entity_id, -1) AS e,
			               ROW_NUMBER() OVER (PARTITION BY {g}, COALESCE(t.entity_id, -1) ORDER BY t.opened_at NULLS LAST, t.id) AS rn
			        FROM {from} WHERE t.is_open = TRUE) w
			      WHERE rn <= %d) r
			JOIN glpi_ticket t ON t.id = r.id
			""".formatted(OLDEST_PER_ENTITY);

	/** Every pair of groups assigned to the same open ticket, each group with itself included. */
	private static final String PAIRS = """
			INSERT INTO snapshot_group_pair (snapshot_date, group_id, other_group_id, entity_id, open_count, late, due_soon, unassigned)
			SELECT :day, m.member_id, o.member_id, COALESCE(t.entity_id, -1), COUNT(*), SUM(%s), SUM(%s),
			       SUM(CASE WHEN %s THEN 1 ELSE 0 END)
			FROM glpi_ticket t JOIN %s
			JOIN glpi_ticket_member o ON o.ticket_id = t.id AND o.member_type = 'Group'
			WHERE t.is_open = TRUE
			GROUP BY m.member_id, o.member_id, COALESCE(t.entity_id, -1)
			""".formatted(LATE, DUE_SOON, HAS_NO.formatted("User"), GROUPS_OF_T);

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
			for (Cut cut : Cut.values()) {
				for (String statement : List.of(OPEN, DAY, AGE, OLDEST)) {
					named.update(cut.sql(statement), params);
				}
			}
			named.update(PAIRS, params);
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

	private static OffsetDateTime daysBefore(OffsetDateTime at, int days) {
		return at.minusSeconds(days * 86_400L);
	}

}
