package io.glpiwallboard.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Breaks loops in a tree GLPI sent (an entity that is its own ancestor: a damaged
 * database, a plugin, a proxy). A loop has no root, so its members and their descendants
 * would count in no root's "including sub-entities" figure, or in each other's forever,
 * and the boards would not add up to the total. Each loop is broken at its lowest id,
 * deterministically: that node goes under the tree's real root when there is one
 * ({@code rootId}, GLPI's root entity 0, which every other entity descends from) or
 * becomes a root itself (the real root, or any group). Every node then descends from
 * exactly one root, so the roots' figures including their descendants add up to the
 * total.
 */
final class TreeLoops {

	private static final Logger log = LoggerFactory.getLogger(TreeLoops.class);

	private TreeLoops() {
	}

	/**
	 * @param nodes the whole tree as GLPI sent it
	 * @param rootId the tree's one real root, or null when it has several (groups)
	 * @param noun what the nodes are, for the warning ({@code entity}, {@code group})
	 * @return {@code nodes}, with the parent of one node per loop replaced; the same list
	 * when there is no loop
	 */
	static List<TreeTable.Node> broken(List<TreeTable.Node> nodes, Long rootId, String noun) {
		Map<Long, Long> parent = new HashMap<>();
		for (TreeTable.Node n : nodes) {
			parent.put(n.id(), n.parentId());
		}
		boolean hasRoot = rootId != null && parent.containsKey(rootId);
		Map<Long, Long> replaced = new LinkedHashMap<>();
		List<String> loops = new ArrayList<>();
		Set<Long> reachRoot = new HashSet<>();
		List<Long> ids = new ArrayList<>(parent.keySet());
		Collections.sort(ids);
		for (long id : ids) {
			List<Long> loop;
			do {
				loop = walk(id, parent, reachRoot);
				if (!loop.isEmpty()) {
					long breakAt = Collections.min(loop);
					Long newParent = hasRoot && breakAt != rootId && !loop.contains(rootId) ? rootId : null;
					parent.put(breakAt, newParent);
					replaced.put(breakAt, newParent);
					loops
						.add(loop.stream().map(i -> "#" + i).collect(Collectors.joining(" > ")) + " > #" + loop.get(0));
				}
			}
			while (!loop.isEmpty());
		}
		if (replaced.isEmpty()) {
			return nodes;
		}
		log.warn("GLPI's {} tree has loops ({}): {} so that every {} counts once", noun, String.join("; ", loops),
				replaced.entrySet()
					.stream()
					.map(e -> "#" + e.getKey()
							+ (e.getValue() == null ? " is taken as a root" : " is placed under #" + e.getValue()))
					.collect(Collectors.joining(", ")),
				noun);
		return nodes.stream()
			.map(n -> replaced.containsKey(n.id())
					? new TreeTable.Node(n.id(), n.name(), n.completename(), replaced.get(n.id()), n.level()) : n)
			.toList();
	}

	/**
	 * Follows the parents from {@code id}; marks the nodes found to reach a root.
	 * @return the loop met on the way, in walking order, or an empty list
	 */
	private static List<Long> walk(long id, Map<Long, Long> parent, Set<Long> reachRoot) {
		List<Long> path = new ArrayList<>();
		Set<Long> onPath = new HashSet<>();
		Long current = id;
		// a parent GLPI did not send (or none) ends the walk: such a node is a root to
		// the figures
		while (current != null && parent.containsKey(current) && !reachRoot.contains(current)) {
			if (!onPath.add(current)) {
				return new ArrayList<>(path.subList(path.indexOf(current), path.size()));
			}
			path.add(current);
			current = parent.get(current);
		}
		reachRoot.addAll(path);
		return List.of();
	}

}
