package io.glpiwallboard.snapshot;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * GLPI's support groups as mirrored ({@code glpi_group}), plus the groups the latest
 * snapshot counts that GLPI's list lacks, named from the tickets' team members.
 */
public final class GroupDirectory {

	/** Row id of the open tickets assigned to no group. */
	public static final long NO_GROUP = -1;

	/** Row name of the open tickets assigned to no group. */
	public static final String NO_GROUP_LABEL = "No group";

	/** Label prefix, before the id, of a group known by its id only. */
	public static final String UNKNOWN_GROUP = "Group #";

	/**
	 * @param completename the group with its parents, e.g. "Support &gt; N2"
	 */
	public record Group(long id, String name, String completename) {
	}

	private final Map<Long, Group> groups;

	public GroupDirectory(List<Group> all) {
		this.groups = all.stream().collect(Collectors.toUnmodifiableMap(Group::id, Function.identity(), (a, b) -> a));
	}

	public Optional<Group> get(long id) {
		return Optional.ofNullable(groups.get(id));
	}

	public String completename(long id) {
		Group g = groups.get(id);
		return g == null ? UNKNOWN_GROUP + id : g.completename();
	}

	/** Every group, ordered by complete name. */
	public List<Group> all() {
		return groups.values()
			.stream()
			.sorted(Comparator.comparing(Group::completename).thenComparing(Group::id))
			.toList();
	}

}
