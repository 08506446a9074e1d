package io.glpiwallboard.report;

import java.util.Set;

import io.glpiwallboard.snapshot.EntityTree;

/**
 * What one report covers: everything, or an entity with all its descendants.
 *
 * @param entity the root entity, or null for everything
 * @param entities the entity ids covered, or null for everything (tickets without an entity included)
 * @param name how the scope is called in the workbook and the mail
 */
public record ReportScope(Long entity, Set<Long> entities, String name) {

	public static ReportScope of(EntityTree tree, Long entity) {
		if (entity == null) {
			return new ReportScope(null, null, "All entities");
		}
		return new ReportScope(entity, tree.subtree(entity), tree.completename(entity));
	}

	/** The name with what it includes, for the Summary sheet. */
	public String description() {
		return entity == null ? name : name + " (entity " + entity + ", with its sub-entities)";
	}

}
