package io.glpiwallboard.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The snapshot tables a scope reads, and the SQL condition that restricts their rows to
 * it: the {@code snapshot_*} tables count each ticket once; a group's scope reads the
 * {@code snapshot_group_*} tables, which count a ticket under each of its groups.
 *
 * @param where appended to a query's WHERE clause, starting with " AND", or empty for
 * everything
 * @param params the values of its placeholders, in order
 */
record ScopeTables(boolean byGroup, String open, String day, String age, String oldest, String where,
		List<Object> params) {

	/**
	 * @param entities the entity ids covered, or null for every entity (tickets outside
	 * the tree included)
	 * @param groupId the group, or null
	 */
	static ScopeTables of(Collection<Long> entities, Long groupId) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		if (groupId != null) {
			where.append(" AND group_id = ?");
			params.add(groupId);
		}
		if (entities != null) {
			where.append(" AND entity_id IN (")
				.append(entities.stream().map(i -> "?").collect(Collectors.joining(",")))
				.append(")");
			params.addAll(entities);
		}
		String prefix = groupId == null ? "snapshot_" : "snapshot_group_";
		return new ScopeTables(groupId != null, prefix + "open",
				groupId == null ? "snapshot_entity_day" : "snapshot_group_day", prefix + "age", prefix + "oldest",
				where.toString(), List.copyOf(params));
	}

	/**
	 * The placeholders' values after the given leading ones (typically the snapshot day).
	 */
	Object[] params(Object... first) {
		List<Object> all = new ArrayList<>(List.of(first));
		all.addAll(params);
		return all.toArray();
	}

}
