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
		return nodes.values().stream().sorted(Comparator.comparing(Node::completename).thenComparing(Node::id)).toList();
	}

	public String completename(long id) {
		Node n = nodes.get(id);
		return n == null ? (id < 0 ? "(no entity)" : "Entity #" + id) : n.completename();
	}

}
