package io.glpiwallboard.simulator;

/**
 * A GLPI group. {@code parentId} is null for a top-level group; {@code level} is 1 at the
 * top, and {@code completename} joins the names from the top with {@code " > "}, as in
 * GLPI. All simulated groups belong to the root entity and are recursive, so every
 * session sees them.
 *
 * @param support true for groups tickets are assigned to; false for requester/observer
 * groups
 */
public record SimGroup(long id, String name, String completename, Long parentId, int level, String comment,
		boolean support) {
}
