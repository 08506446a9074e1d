package io.glpiwallboard.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.glpiwallboard.glpi.GlpiEntity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code glpi_entity} table: GLPI's entity tree. */
@Repository
class EntityMirror {

	private static final String UPSERT = "MERGE INTO glpi_entity (id, name, completename, parent_id, level, last_seen_run)"
			+ " KEY (id) VALUES (?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	EntityMirror(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void upsert(List<GlpiEntity> entities, long runId) {
		jdbc.batchUpdate(UPSERT, entities, 500, (ps, e) -> {
			ps.setLong(1, e.id());
			ps.setString(2, e.name() == null ? "#" + e.id() : e.name());
			ps.setString(3, e.completename() == null ? (e.name() == null ? "#" + e.id() : e.name()) : e.completename());
			ps.setObject(4, e.parentId());
			ps.setObject(5, e.level());
			ps.setLong(6, runId);
		});
	}

	int deleteNotSeenBy(long runId) {
		return jdbc.update("DELETE FROM glpi_entity WHERE last_seen_run <> ?", runId);
	}

	/**
	 * Without the Entity READ right GLPI answers 403 on the entity list; every ticket still carries
	 * {@code entity{id,name,completename}}, and the parent is the entity whose complete name is
	 * this one's minus its last {@code " > "} part.
	 */
	int deriveFromTickets(long runId) {
		List<Map<String, Object>> rows = jdbc.queryForList("""
				SELECT entity_id, MAX(entity_name) AS name, MAX(entity_completename) AS completename
				FROM glpi_ticket WHERE entity_id IS NOT NULL GROUP BY entity_id""");
		Map<String, Long> idByCompleteName = new HashMap<>();
		for (Map<String, Object> row : rows) {
			String complete = (String) row.get("COMPLETENAME");
			if (complete != null) {
				idByCompleteName.put(complete, ((Number) row.get("ENTITY_ID")).longValue());
			}
		}
		List<GlpiEntity> entities = rows.stream().map(row -> {
			long id = ((Number) row.get("ENTITY_ID")).longValue();
			String name = (String) row.get("NAME");
			String complete = (String) row.get("COMPLETENAME");
			Long parent = null;
			int level = 1;
			if (complete != null) {
				int cut = complete.lastIndexOf(" > ");
				level = complete.split(" > ").length;
				parent = cut < 0 ? null : idByCompleteName.get(complete.substring(0, cut));
			}
			return new GlpiEntity(id, name, complete, parent == null ? null : new io.glpiwallboard.glpi.GlpiRef(parent, null, null), level);
		}).toList();
		upsert(entities, runId);
		return entities.size();
	}

}
