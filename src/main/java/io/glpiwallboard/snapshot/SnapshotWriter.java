package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the observed snapshot of one day from the mirror, in one transaction: a re-run
 * of the same day replaces it, never adds to it. The figures by entity are summed in SQL;
 * the team figures (late, due soon, unassigned, per group) come from
 * {@link TeamSnapshot}.
 */
@Component
class SnapshotWriter {

	private static final Logger log = LoggerFactory.getLogger(SnapshotWriter.class);

	/** How many oldest open tickets are kept per entity (and per group and entity). */
	static final int OLDEST_PER_ENTITY = 10;

	private static final String[] TABLES = { "snapshot_open", "snapshot_age", "snapshot_oldest", "snapshot_entity_day",
			"snapshot_group_open", "snapshot_group_age", "snapshot_group_oldest", "snapshot_group_day",
			"snapshot_group_pair" };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final SnapshotProperties properties;

	SnapshotWriter(JdbcTemplate jdbc, TransactionTemplate tx, SnapshotProperties properties) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.properties = properties;
	}

	void writeObserved(LocalDate day, Instant asOf) {
		OffsetDateTime at = asOf.atOffset(ZoneOffset.UTC);
		tx.executeWithoutResult(status -> {
			for (String table : TABLES) {
				jdbc.update("DELETE FROM " + table + " WHERE snapshot_date = ?", day);
			}
			jdbc.update(
					"MERGE INTO snapshot_day (snapshot_date, reconstructed, as_of, teams) KEY (snapshot_date) VALUES (?, FALSE, ?, TRUE)",
					day, at);
			jdbc.update(
					"""
							INSERT INTO snapshot_open (snapshot_date, entity_id, status, priority, type, category_id, open_count)
							SELECT ?, COALESCE(entity_id, -1), status, COALESCE(priority, 0), COALESCE(type, 0),
							       COALESCE(category_id, 0), COUNT(*)
							FROM glpi_ticket WHERE %s
							GROUP BY COALESCE(entity_id, -1), status, COALESCE(priority, 0), COALESCE(type, 0), COALESCE(category_id, 0)
							"""
						.formatted(TicketRules.OPEN_INDEXED),
					day);
			// open tickets from the is_open index, the day's flows from the day indexes:
			// no full scan
			jdbc.update("""
					INSERT INTO snapshot_entity_day (snapshot_date, entity_id, open_count, opened, solved, closed)
					SELECT ?, e, SUM(o), SUM(op), SUM(so), SUM(cl) FROM (
					  SELECT COALESCE(entity_id, -1) AS e, COUNT(*) AS o, 0 AS op, 0 AS so, 0 AS cl
					  FROM glpi_ticket WHERE %1$s GROUP BY COALESCE(entity_id, -1)
					  UNION ALL SELECT COALESCE(entity_id, -1), 0, COUNT(*), 0, 0
					  FROM glpi_ticket WHERE opened_day = ? AND %2$s GROUP BY COALESCE(entity_id, -1)
					  UNION ALL SELECT COALESCE(entity_id, -1), 0, 0, COUNT(*), 0
					  FROM glpi_ticket WHERE solved_day = ? AND %2$s GROUP BY COALESCE(entity_id, -1)
					  UNION ALL SELECT COALESCE(entity_id, -1), 0, 0, 0, COUNT(*)
					  FROM glpi_ticket WHERE closed_day = ? AND %2$s GROUP BY COALESCE(entity_id, -1)) f
					GROUP BY e
					""".formatted(TicketRules.OPEN_INDEXED, TicketRules.NOT_TRASHED), day, day, day, day);
			// Age in whole 24-hour days since opening (TicketRules.AGE_BUCKET_STARTS).
			// Compared
			// as instants: H2's DATEDIFF on TIMESTAMP WITH TIME ZONE ignores the offsets,
			// which put
			// tickets printed with +02:00 up to two hours into the wrong bucket.
			jdbc.update("""
					INSERT INTO snapshot_age (snapshot_date, entity_id, bucket, open_count)
					SELECT ?, e, b, COUNT(*) FROM (
					  SELECT COALESCE(entity_id, -1) AS e,
					         CASE WHEN opened_at IS NULL OR opened_at > ? THEN 0 WHEN opened_at > ? THEN 1
					              WHEN opened_at > ? THEN 2 WHEN opened_at > ? THEN 3 ELSE 4 END AS b
					  FROM glpi_ticket WHERE %s) g
					GROUP BY e, b
					""".formatted(TicketRules.OPEN_INDEXED), day, bucketStart(asOf, 0), bucketStart(asOf, 1),
					bucketStart(asOf, 2), bucketStart(asOf, 3));
			// ranked on the index alone (entity, opened_at, id); only the winners' rows
			// are read for their title
			jdbc.update(
					"""
							INSERT INTO snapshot_oldest (snapshot_date, entity_id, ticket_id, title, opened_at, status, priority, time_to_resolve)
							SELECT ?, r.e, t.id, t.title, t.opened_at, t.status, t.priority, t.time_to_resolve
							FROM (SELECT id, e FROM (
							        SELECT id, COALESCE(entity_id, -1) AS e,
							               ROW_NUMBER() OVER (PARTITION BY COALESCE(entity_id, -1) ORDER BY opened_at NULLS LAST, id) AS rn
							        FROM glpi_ticket WHERE %s) w
							      WHERE rn <= %d) r
							JOIN glpi_ticket t ON t.id = r.id
							"""
						.formatted(TicketRules.OPEN_INDEXED, OLDEST_PER_ENTITY),
					day);
			new TeamSnapshot(jdbc, day, asOf, asOf.plus(properties.dueSoon())).write();
		});
		logTicketsOutsideTheEntityTree(day);
	}

	/**
	 * Tickets of an entity GLPI did not list (created after the entity step, not readable
	 * by the account, deleted) or of no entity have rows of their own on the board and in
	 * the API; say so once per snapshot, so that an admin can fix the account's rights.
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
				log.warn("{} open tickets have no entity: the board shows them as \"{}\"", open,
						EntityTree.label(entity));
			}
			else {
				unknown += open;
				ids.append(ids.isEmpty() ? "#" : ", #").append(entity);
			}
		}
		if (unknown > 0) {
			log.warn(
					"{} open tickets are in entities missing from GLPI's entity list ({}): the board shows them as \"{}\";"
							+ " check that the account may read every entity",
					unknown, ids, EntityTree.UNKNOWN_ENTITY + "<id>");
		}
	}

	private static OffsetDateTime bucketStart(Instant asOf, int bucket) {
		return TicketRules.ageBucketStart(asOf, bucket).atOffset(ZoneOffset.UTC);
	}

}
