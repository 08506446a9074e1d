package io.glpiwallboard.snapshot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** GLPI's entity tree as mirrored: who is under whom. */
public final class EntityTree {

	/** Entity id under which the snapshots count tickets without an entity. */
	public static final long NO_ENTITY = -1;

	/** Label of tickets without an entity. */
	public static final String NO_ENTITY_LABEL = "No entity";

	/** Label prefix, before the id, of tickets whose entity GLPI did not list. */
	public static final String UNKNOWN_ENTITY = "Unknown entity #";

	public record Node(long id, String name, String completename, Long parentId, int level) {
	}

	private final Map<Long, Node> nodes = new HashMap<>();

	private final Map<Long, List<Long>> children = new HashMap<>();

	public EntityTree(List<Node> all) {
		for (Node n : all) {
			nodes.put(n.id(), n);
		}
		for (Node n : all) {
			if (n.parentId() != null && n.parentId() != n.id() && nodes.containsKey(n.parentId())) {
				children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n.id());
			}
		}
	}

	public Optional<Node> get(long id) {
		return Optional.ofNullable(nodes.get(id));
	}

	/** The entity and all its descendants (cycle-safe). */
	public Set<Long> subtree(long id) {
		Set<Long> result = new LinkedHashSet<>();
		Deque<Long> todo = new ArrayDeque<>(List.of(id));
		while (!todo.isEmpty()) {
			Long next = todo.pop();
			if (result.add(next)) {
				todo.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return result;
	}

	/** All entities, ordered by complete name so the tree reads top-down. */
	public List<Node> all() {
		return nodes.values()
			.stream()
			.sorted(Comparator.comparing(Node::completename).thenComparing(Node::id))
			.toList();
	}

	/**
	 * The entity's complete name, or {@link #label(long)} for an entity the tree does not
	 * have.
	 */
	public String completename(long id) {
		Node n = nodes.get(id);
		return n == null ? label(id) : n.completename();
	}

	/**
	 * The row name of tickets outside the tree: "No entity" for {@link #NO_ENTITY},
	 * otherwise "Unknown entity #12" (created after the entity step, not readable by the
	 * account, deleted). Every view of the figures (board, API, workbook) names such rows
	 * this way.
	 */
	public static String label(long id) {
		return id == NO_ENTITY ? NO_ENTITY_LABEL : UNKNOWN_ENTITY + id;
	}

}
