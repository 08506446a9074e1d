package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the observed snapshot of one day from the mirror, entirely in SQL, in one transaction:
 * a re-run of the same day replaces it, never adds to it.
 */
@Component
class SnapshotWriter {

	/** How many oldest open tickets are kept per entity. */
	static final int OLDEST_PER_ENTITY = 10;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	SnapshotWriter(JdbcTemplate jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
	}

	void writeObserved(LocalDate day, Instant asOf) {
		OffsetDateTime at = asOf.atOffset(ZoneOffset.UTC);
		tx.executeWithoutResult(status -> {
			for (String table : new String[] { "snapshot_open", "snapshot_age", "snapshot_oldest", "snapshot_entity_day" }) {
				jdbc.update("DELETE FROM " + table + " WHERE snapshot_date = ?", day);
			}
			jdbc.update("MERGE INTO snapshot_day (snapshot_date, reconstructed, as_of) KEY (snapshot_date) VALUES (?, FALSE, ?)", day, at);
			jdbc.update("""
					INSERT INTO snapshot_open (snapshot_date, entity_id, status, priority, type, category_id, open_count)
					SELECT ?, COALESCE(entity_id, -1), status, COALESCE(priority, 0), COALESCE(type, 0),
					       COALESCE(category_id, 0), COUNT(*)
					FROM glpi_ticket WHERE %s
					GROUP BY COALESCE(entity_id, -1), status, COALESCE(priority, 0), COALESCE(type, 0), COALESCE(category_id, 0)
					""".formatted(TicketRules.OPEN_INDEXED), day);
			// open tickets from the is_open index, the day's flows from the day indexes: no full scan
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
			// Age in whole 24-hour days since opening: 0 -> < 1 day, 1-7, 8-30, 31-90, > 90. Compared
			// as instants: H2's DATEDIFF on TIMESTAMP WITH TIME ZONE ignores the offsets, which put
			// tickets printed with +02:00 up to two hours into the wrong bucket.
			jdbc.update("""
					INSERT INTO snapshot_age (snapshot_date, entity_id, bucket, open_count)
					SELECT ?, e, b, COUNT(*) FROM (
					  SELECT COALESCE(entity_id, -1) AS e,
					         CASE WHEN opened_at IS NULL OR opened_at > ? THEN 0 WHEN opened_at > ? THEN 1
					              WHEN opened_at > ? THEN 2 WHEN opened_at > ? THEN 3 ELSE 4 END AS b
					  FROM glpi_ticket WHERE %s) g
					GROUP BY e, b
					""".formatted(TicketRules.OPEN_INDEXED), day, daysBefore(at, 1), daysBefore(at, 8), daysBefore(at, 31),
					daysBefore(at, 91));
			// ranked on the index alone (entity, opened_at, id); only the winners' rows are read for their title
			jdbc.update("""
					INSERT INTO snapshot_oldest (snapshot_date, entity_id, ticket_id, title, opened_at, status, priority)
					SELECT ?, r.e, t.id, t.title, t.opened_at, t.status, t.priority
					FROM (SELECT id, e FROM (
					        SELECT id, COALESCE(entity_id, -1) AS e,
					               ROW_NUMBER() OVER (PARTITION BY COALESCE(entity_id, -1) ORDER BY opened_at NULLS LAST, id) AS rn
					        FROM glpi_ticket WHERE %s) w
					      WHERE rn <= %d) r
					JOIN glpi_ticket t ON t.id = r.id
					""".formatted(TicketRules.OPEN_INDEXED, OLDEST_PER_ENTITY), day);
		});
	}

	private static OffsetDateTime daysBefore(OffsetDateTime at, int days) {
		return at.minusSeconds(days * 86_400L);
	}

}
