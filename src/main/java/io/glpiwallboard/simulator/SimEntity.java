package io.glpiwallboard.simulator;

/**
 * A GLPI entity. {@code parentId} is null only for the root entity (id 0); {@code level}
 * is 1 for the root, as in GLPI.
 */
public record SimEntity(long id, String name, String completename, Long parentId, int level, String comment) {
}
