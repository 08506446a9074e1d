package io.glpiwallboard.snapshot;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;
import io.glpiwallboard.snapshot.WallboardFigures.GroupLine;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the figures of a scope from the snapshot tables (never from the mirror being
 * synced).
 */
@Repository
public class FiguresRepository {

	private final JdbcTemplate jdbc;

	private final ScopeQueries queries;

	FiguresRepository(JdbcTemplate jdbc, ScopeQueries queries) {
		this.jdbc = jdbc;
		this.queries = queries;
	}

	public EntityTree entityTree() {
		return new EntityTree(jdbc.query("SELECT id, name, completename, parent_id, level FROM glpi_entity",
				(rs, i) -> new EntityTree.Node(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getObject(4) == null ? null : rs.getLong(4), rs.getInt(5))));
	}

	/**
	 * GLPI's groups, and the groups of the latest snapshot missing from GLPI's list (the
	 * account may not read groups, or one was created since), named as the tickets' team
	 * members name them.
	 */
	public GroupDirectory groups() {
		List<GroupDirectory.Group> groups = new ArrayList<>(jdbc.query("SELECT id, name, completename FROM glpi_group",
				(rs, i) -> new GroupDirectory.Group(rs.getLong(1), rs.getString(2), rs.getString(3))));
		latestObserved().ifPresent(latest -> groups.addAll(unlistedGroups(latest.getKey())));
		return new GroupDirectory(groups);
	}

	/**
	 * The groups of a snapshot missing from {@code glpi_group}, named by the members
	 * table in one scan of it (no index leads by member: V45), and only when there are
	 * any.
	 */
	private List<GroupDirectory.Group> unlistedGroups(LocalDate day) {
		List<Long> ids = jdbc.queryForList("SELECT DISTINCT group_id FROM snapshot_group_day WHERE snapshot_date = ?"
				+ " AND group_id NOT IN (SELECT id FROM glpi_group) ORDER BY group_id", Long.class, day);
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = new HashMap<>();
		jdbc.query(con -> {
			PreparedStatement ps = con.prepareStatement("SELECT member_id, MAX(member_name) FROM glpi_ticket_member"
					+ " WHERE member_type = 'Group' AND ARRAY_CONTAINS(?, member_id) GROUP BY member_id");
			ps.setArray(1, con.createArrayOf("BIGINT", ids.toArray()));
			return ps;
		}, rs -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		return ids.stream().map(id -> {
			String name = names.get(id) == null ? GroupDirectory.UNKNOWN_GROUP + id : names.get(id);
			return new GroupDirectory.Group(id, name, name);
		}).toList();
	}

	/** The latest observed snapshot day and its time, if any sync ever succeeded. */
	public Optional<Map.Entry<LocalDate, Instant>> latestObserved() {
		return jdbc.query(
				"SELECT snapshot_date, as_of FROM snapshot_day WHERE reconstructed = FALSE ORDER BY snapshot_date DESC LIMIT 1",
				(rs, i) -> Map.entry(rs.getObject(1, LocalDate.class),
						rs.getObject(2, OffsetDateTime.class).toInstant()))
			.stream()
			.findFirst();
	}

	/**
	 * The figures of an entity's scope, or of everything: {@link #forScope(Scope, int)}.
	 */
	public Optional<WallboardFigures> load(Long entityId, int trendDays) {
		return forScope(Scope.entity(entityId), trendDays);
	}

	/**
	 * @param scope the tickets covered
	 * @param trendDays how many days of trend to return, ending at the snapshot's day
	 * @return empty when no snapshot exists yet, or the scope's entity or group is
	 * unknown
	 */
	public Optional<WallboardFigures> forScope(Scope scope, int trendDays) {
		Optional<Map.Entry<LocalDate, Instant>> latest = latestObserved();
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		EntityTree tree = entityTree();
		GroupDirectory directory = scope.isGroup() ? groups() : null;
		if ((scope.entityId() != null && tree.get(scope.entityId()).isEmpty())
				|| (scope.isGroup() && directory.get(scope.groupId()).isEmpty())) {
			return Optional.empty();
		}
		if (directory == null) {
			directory = groups();
		}
		LocalDate day = latest.get().getKey();
		Instant asOf = latest.get().getValue();
		// computed afresh: the board keeps what it shows per snapshot
		// (wallboard.view.BoardCache)
		ScopeTables tables = tables(scope, tree);
		boolean teams = Boolean.TRUE
			.equals(jdbc.queryForObject("SELECT teams FROM snapshot_day WHERE snapshot_date = ?", Boolean.class, day));
		List<GroupLine> groups = teams ? queries.groups(day, tables, directory) : List.of();
		return Optional.of(new WallboardFigures(asOf, day, scope.entityId(), queries.open(day, tables, teams, groups),
				queries.today(day, tables), List.copyOf(entities(day, tables, tree, scope.entityId())),
				List.copyOf(queries.trend(day.minusDays(trendDays - 1L), day, tables)),
				List.copyOf(queries.age(day, tables)), List.copyOf(queries.oldest(day, tables, tree, asOf)),
				scope.groupId(), groups));
	}

	/**
	 * The name of a scope in the reports: "All entities", the entity's complete name, the
	 * group's, or "Group in Entity".
	 */
	public String name(Scope scope) {
		EntityTree tree = entityTree();
		String entities = scope.entityId() == null ? "All entities" : tree.completename(scope.entityId());
		if (!scope.isGroup()) {
			return entities;
		}
		String group = groups().completename(scope.groupId());
		return scope.entityId() == null ? group : group + " in " + entities;
	}

	/**
	 * The open tickets of these figures' scope that no group is assigned to: how many,
	 * late, due soon and without a technician; empty for a group's scope, where every
	 * ticket has a group.
	 */
	public Optional<GroupLine> withoutGroup(WallboardFigures figures) {
		Scope scope = figures.scope();
		return scope.isGroup() ? Optional.empty()
				: Optional.of(queries.withoutGroup(figures.day(), tables(scope, entityTree())));
	}

	/**
	 * The open tickets of these figures' scope by entity and priority.
	 * @return entity id ({@link EntityTree#NO_ENTITY}: none) -> priority (0: none) ->
	 * open tickets of the entity itself, not of its children
	 */
	public Map<Long, Map<Integer, Long>> ownOpenByPriority(WallboardFigures figures) {
		return queries.ownOpenByPriority(figures.day(), tables(figures.scope(), entityTree()));
	}

	private static ScopeTables tables(Scope scope, EntityTree tree) {
		return ScopeTables.of(scope.entityId() == null ? null : tree.subtree(scope.entityId()), scope.groupId());
	}

	/**
	 * Every entity of the scope, top-down; for everything, also one line per entity
	 * outside the tree and one for tickets without an entity
	 * ({@link EntityTree#label(long)}), so the lines' own counts always add up to the
	 * total.
	 */
	private List<EntityLine> entities(LocalDate day, ScopeTables tables, EntityTree tree, Long root) {
		Map<Long, Long> own = queries.ownOpen(day, tables);
		Set<Long> shown = root == null ? null : tree.subtree(root);
		List<EntityLine> lines = new ArrayList<>();
		for (EntityTree.Node node : tree.all()) {
			if (shown != null && !shown.contains(node.id())) {
				continue;
			}
			long including = tree.subtree(node.id()).stream().mapToLong(id -> own.getOrDefault(id, 0L)).sum();
			lines.add(new EntityLine(node.id(), node.completename(), node.level(), own.getOrDefault(node.id(), 0L),
					including));
		}
		if (root == null) {
			own.entrySet()
				.stream()
				.filter(e -> tree.get(e.getKey()).isEmpty() && e.getValue() > 0)
				.sorted(Comparator.comparing((Map.Entry<Long, Long> e) -> e.getKey() == EntityTree.NO_ENTITY)
					.thenComparing(Map.Entry::getKey))
				.forEach(e -> lines
					.add(new EntityLine(e.getKey(), EntityTree.label(e.getKey()), 1, e.getValue(), e.getValue())));
		}
		return lines;
	}

}
