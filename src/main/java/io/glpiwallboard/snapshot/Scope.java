package io.glpiwallboard.snapshot;

/**
 * Which tickets a set of figures covers: everything, an entity with all its descendants,
 * the tickets assigned to one group, or a group's tickets within an entity.
 *
 * @param entityId the root entity (GLPI entity id), or null for every entity
 * @param groupId the assigned group (GLPI group id), or null for every ticket
 */
public record Scope(Long entityId, Long groupId) {

	private static final Scope EVERYTHING = new Scope(null, null);

	public static Scope everything() {
		return EVERYTHING;
	}

	/**
	 * @param entityId null for everything
	 */
	public static Scope entity(Long entityId) {
		return new Scope(entityId, null);
	}

	public static Scope group(long groupId) {
		return new Scope(null, groupId);
	}

	public boolean isGroup() {
		return groupId != null;
	}

	/** e.g. "all", "entity:3", "group:7", "entity:3 group:7": for cache keys and logs. */
	@Override
	public String toString() {
		if (entityId == null && groupId == null) {
			return "all";
		}
		return ((entityId == null ? "" : "entity:" + entityId + " ") + (groupId == null ? "" : "group:" + groupId))
			.trim();
	}

}
