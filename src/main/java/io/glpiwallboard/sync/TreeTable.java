package io.glpiwallboard.sync;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mirrored tree table ({@code glpi_entity}, {@code glpi_group}):
 * {@code id, name, completename, parent_id,
 * level, last_seen_run}, upserted by id and stamped with the run that saw each row.
 */
final class TreeTable {

	/** One row; a missing name becomes {@code #id}, a missing complete name the name. */
	record Node(long id, String name, String completename, Long parentId, Integer level) {
	}

	private static final int MAX_NAME = 1024;

	private static final int MAX_COMPLETE_NAME = 4096;

	private final JdbcTemplate jdbc;

	private final String table;

	private final String noun;

	private final Long rootId;

	/**
	 * @param noun what a row is, for messages
	 * @param rootId the tree's one real root (GLPI's root entity 0), or null when it has
	 * several
	 */
	TreeTable(JdbcTemplate jdbc, String table, String noun, Long rootId) {
		this.jdbc = jdbc;
		this.table = table;
		this.noun = noun;
		this.rootId = rootId;
	}

	/**
	 * @param nodes the whole tree: its loops are broken first ({@link TreeLoops})
	 */
	void upsert(List<Node> nodes, long runId) {
		jdbc.batchUpdate(
				"MERGE INTO " + table + " (id, name, completename, parent_id, level, last_seen_run)"
						+ " KEY (id) VALUES (?, ?, ?, ?, ?, ?)",
				TreeLoops.broken(nodes, rootId, noun), 500, (ps, n) -> {
					String name = n.name() == null || n.name().isBlank() ? "#" + n.id() : n.name();
					String complete = n.completename() == null || n.completename().isBlank() ? name : n.completename();
					ps.setLong(1, n.id());
					ps.setString(2, clip(name, MAX_NAME));
					ps.setString(3, clip(complete, MAX_COMPLETE_NAME));
					ps.setObject(4, n.parentId());
					ps.setObject(5, n.level());
					ps.setLong(6, runId);
				});
	}

	int deleteNotSeenBy(long runId) {
		return jdbc.update("DELETE FROM " + table + " WHERE last_seen_run <> ?", runId);
	}

	private static String clip(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

}
