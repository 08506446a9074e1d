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

	private final JdbcTemplate jdbc;

	private final TreeTable table;

	EntityMirror(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.table = new TreeTable(jdbc, "glpi_entity", "entity", 0L);
	}

	void upsert(List<GlpiEntity> entities, long runId) {
		table.upsert(entities.stream()
			.map(e -> new TreeTable.Node(e.id(), e.name(), e.completename(), e.parentId(), e.level()))
			.toList(), runId);
	}

	int deleteNotSeenBy(long runId) {
		return table.deleteNotSeenBy(runId);
	}

	/**
	 * Without the Entity READ right GLPI answers 403 on the entity list; every ticket
	 * still carries {@code entity{id,name,completename}}, and the parent is the entity
	 * whose complete name is this one's minus its last {@code " > "} part.
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
			return new GlpiEntity(id, name, complete,
					parent == null ? null : new io.glpiwallboard.glpi.GlpiRef(parent, null, null), level);
		}).toList();
		upsert(entities, runId);
		return entities.size();
	}

}
