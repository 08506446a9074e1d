package io.glpiwallboard.sync;

import java.util.List;

import io.glpiwallboard.glpi.GlpiGroup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code glpi_group} table: GLPI's group tree, or the groups the tickets name when it
 * may not be read.
 */
@Repository
class GroupMirror {

	private final JdbcTemplate jdbc;

	private final TreeTable table;

	GroupMirror(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.table = new TreeTable(jdbc, "glpi_group", "group", null);
	}

	void upsert(List<GlpiGroup> groups, long runId) {
		table.upsert(groups.stream()
			.map(g -> new TreeTable.Node(g.id(), g.name(), g.completename(), g.parentId(), g.level()))
			.toList(), runId);
	}

	int deleteNotSeenBy(long runId) {
		return table.deleteNotSeenBy(runId);
	}

	/**
	 * Without the Group READ right GLPI answers 403 on the group list; the tickets' team
	 * members still name their groups. Such a group gets its member name as name and
	 * complete name, no parent and no level.
	 * @return the number of groups named by the mirrored tickets
	 */
	int deriveFromMembers(long runId) {
		List<TreeTable.Node> groups = jdbc.query(
				"SELECT member_id, MAX(member_name) FROM glpi_ticket_member"
						+ " WHERE member_type = 'Group' GROUP BY member_id",
				(rs, i) -> new TreeTable.Node(rs.getLong(1), rs.getString(2), null, null, null));
		table.upsert(groups, runId);
		return groups.size();
	}

}
