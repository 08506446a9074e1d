package io.glpiwallboard.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open tickets per entity and priority on a snapshot day, from the same snapshot the rest of the
 * workbook comes from (the figures API has them per scope, not per entity).
 */
@Component
class EntityPriorities {

	private final JdbcTemplate jdbc;

	EntityPriorities(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** entity id -> priority -> open tickets of the entity itself (not its children). */
	Map<Long, Map<Integer, Long>> own(LocalDate day) {
		Map<Long, Map<Integer, Long>> counts = new HashMap<>();
		jdbc.query("SELECT entity_id, priority, SUM(open_count) FROM snapshot_open WHERE snapshot_date = ? GROUP BY entity_id, priority",
				rs -> {
					counts.computeIfAbsent(rs.getLong(1), e -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
				}, day);
		return counts;
	}

}
