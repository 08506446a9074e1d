package io.glpiwallboard.report;

import java.util.Set;

import io.glpiwallboard.snapshot.EntityTree;
import io.glpiwallboard.snapshot.GroupWorkload;

/**
 * What one report covers: everything, or an entity with all its descendants, optionally narrowed to
 * the tickets assigned to one group.
 *
 * @param entity the root entity, or null for everything
 * @param entities the entity ids covered, or null for everything (tickets without an entity included)
 * @param group the group whose assigned tickets are covered, or null for any
 * @param name how the scope is called in the workbook and the mail
 */
public record ReportScope(Long entity, Set<Long> entities, Long group, String name) {

	public static ReportScope of(EntityTree tree, Long entity) {
		if (entity == null) {
			return new ReportScope(null, null, null, "All entities");
		}
		return new ReportScope(entity, tree.subtree(entity), null, tree.completename(entity));
	}

	/** @param groupName the group's complete name */
	public static ReportScope of(EntityTree tree, Long entity, Long group, String groupName) {
		ReportScope entities = of(tree, entity);
		if (group == null) {
			return entities;
		}
		return new ReportScope(entity, entities.entities(), group,
				entity == null ? groupName : groupName + " in " + entities.name());
	}

	/** The name with what it includes, for the Summary sheet. */
	public String description() {
		String entities = entity == null ? "" : "entity " + entity + ", with its sub-entities";
		if (group == null) {
			return entity == null ? name : name + " (" + entities + ")";
		}
		return name + " (tickets assigned to group " + group + (entity == null ? "" : ", in " + entities) + ")";
	}

	/** The tickets covered, for the figures' queries. */
	public GroupWorkload.Scope tickets() {
		return GroupWorkload.Scope.of(entities, group);
	}

}
