package io.glpiwallboard.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.glpiwallboard.snapshot.WallboardFigures.AgeBucket;
import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;
import io.glpiwallboard.snapshot.WallboardFigures.OldTicket;
import io.glpiwallboard.snapshot.WallboardFigures.Open;
import io.glpiwallboard.snapshot.WallboardFigures.Today;
import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the figures of a scope from the snapshot tables (never from the mirror being synced). */
@Repository
public class FiguresRepository {

	/** Entity id used in the snapshots for tickets without an entity. */
	static final long NO_ENTITY = -1;

	private final JdbcTemplate jdbc;

	FiguresRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public EntityTree entityTree() {
		return new EntityTree(jdbc.query("SELECT id, name, completename, parent_id, level FROM glpi_entity",
				(rs, i) -> new EntityTree.Node(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getObject(4) == null ? null : rs.getLong(4), rs.getInt(5))));
	}

	/** The latest observed snapshot day and its time, if any sync ever succeeded. */
	public Optional<Map.Entry<LocalDate, Instant>> latestObserved() {
		return jdbc.query("SELECT snapshot_date, as_of FROM snapshot_day WHERE reconstructed = FALSE ORDER BY snapshot_date DESC LIMIT 1",
				(rs, i) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.stream()
			.findFirst();
	}

	/**
	 * @param entityId the scope's root entity, or null for everything
	 * @param trendDays how many days of trend to return, ending at the snapshot's day
	 * @return empty when no snapshot exists yet or the entity is unknown
	 */
	public Optional<WallboardFigures> load(Long entityId, int trendDays) {
		Optional<Map.Entry<LocalDate, Instant>> latest = latestObserved();
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		// computed afresh: the board keeps what it shows per snapshot (wallboard.BoardCatalog)
		return compute(entityId, trendDays, latest);
	}

	private Optional<WallboardFigures> compute(Long entityId, int trendDays, Optional<Map.Entry<LocalDate, Instant>> latest) {
		EntityTree tree = entityTree();
		if (entityId != null && tree.get(entityId).isEmpty()) {
			return Optional.empty();
		}
		LocalDate day = latest.get().getKey();
		Scope scope = entityId == null ? Scope.everything() : Scope.of(tree.subtree(entityId));
		return Optional.of(new WallboardFigures(latest.get().getValue(), day, entityId, open(day, scope), today(day, scope),
				List.copyOf(entities(day, tree, entityId)), List.copyOf(trend(day.minusDays(trendDays - 1L), day, scope)),
				List.copyOf(age(day, scope)), List.copyOf(oldest(day, scope, tree))));
	}

	private Open open(LocalDate day, Scope scope) {
		Map<String, Long> byStatus = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
		Map<String, Long> byPriority = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
		Map<String, Long> byType = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
		for (int p = 1; p <= 6; p++) {
			byPriority.put(Integer.toString(p), 0L);
		}
		byType.put("1", 0L);
		byType.put("2", 0L);
		long[] total = { 0 };
		jdbc.query("SELECT status, priority, type, SUM(open_count) FROM snapshot_open WHERE snapshot_date = ?" + scope.sql()
				+ " GROUP BY status, priority, type", rs -> {
					long n = rs.getLong(4);
					total[0] += n;
					byStatus.merge(Integer.toString(rs.getInt(1)), n, Long::sum);
					byPriority.merge(Integer.toString(rs.getInt(2)), n, Long::sum);
					byType.merge(Integer.toString(rs.getInt(3)), n, Long::sum);
				}, scope.params(day));
		return new Open(total[0], Collections.unmodifiableMap(byStatus), Collections.unmodifiableMap(byPriority),
				Collections.unmodifiableMap(byType));
	}

	private Today today(LocalDate day, Scope scope) {
		return jdbc.query("SELECT COALESCE(SUM(opened), 0), COALESCE(SUM(solved), 0), COALESCE(SUM(closed), 0)"
				+ " FROM snapshot_entity_day WHERE snapshot_date = ?" + scope.sql(),
				(rs, i) -> new Today(rs.getLong(1), rs.getLong(2), rs.getLong(3)), scope.params(day)).get(0);
	}

	private List<EntityLine> entities(LocalDate day, EntityTree tree, Long root) {
		Map<Long, Long> own = new HashMap<>();
		jdbc.query("SELECT entity_id, open_count FROM snapshot_entity_day WHERE snapshot_date = ?",
				rs -> {
					own.put(rs.getLong(1), rs.getLong(2));
				}, day);
		Set<Long> shown = root == null ? null : tree.subtree(root);
		List<EntityLine> lines = new ArrayList<>();
		for (EntityTree.Node node : tree.all()) {
			if (shown != null && !shown.contains(node.id())) {
				continue;
			}
			long including = tree.subtree(node.id()).stream().mapToLong(id -> own.getOrDefault(id, 0L)).sum();
			lines.add(new EntityLine(node.id(), node.completename(), node.level(), own.getOrDefault(node.id(), 0L), including));
		}
		return lines;
	}

	private List<TrendPoint> trend(LocalDate from, LocalDate to, Scope scope) {
		Map<LocalDate, long[]> sums = new HashMap<>();
		List<Object> params = new ArrayList<>(List.of(from, to));
		params.addAll(scope.ids());
		jdbc.query("SELECT snapshot_date, SUM(open_count), SUM(opened), SUM(solved), SUM(closed) FROM snapshot_entity_day"
				+ " WHERE snapshot_date BETWEEN ? AND ?" + scope.sql() + " GROUP BY snapshot_date", rs -> {
					sums.put(rs.getObject(1, LocalDate.class),
							new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) });
				}, params.toArray());
		return jdbc.query("SELECT snapshot_date, reconstructed FROM snapshot_day WHERE snapshot_date BETWEEN ? AND ? ORDER BY snapshot_date", (rs, i) -> {
			LocalDate d = rs.getObject(1, LocalDate.class);
			long[] s = sums.getOrDefault(d, new long[4]);
			return new TrendPoint(d, s[0], s[1], s[2], s[3], rs.getBoolean(2));
		}, from, to);
	}

	private List<AgeBucket> age(LocalDate day, Scope scope) {
		long[] counts = new long[WallboardFigures.AGE_LABELS.size()];
		jdbc.query("SELECT bucket, SUM(open_count) FROM snapshot_age WHERE snapshot_date = ?" + scope.sql() + " GROUP BY bucket",
				rs -> {
					counts[rs.getInt(1)] = rs.getLong(2);
				}, scope.params(day));
		List<AgeBucket> buckets = new ArrayList<>();
		for (int b = 0; b < counts.length; b++) {
			buckets.add(new AgeBucket(b, WallboardFigures.AGE_LABELS.get(b), counts[b]));
		}
		return buckets;
	}

	private List<OldTicket> oldest(LocalDate day, Scope scope, EntityTree tree) {
		return jdbc.query("SELECT ticket_id, title, entity_id, opened_at, status, priority FROM snapshot_oldest"
				+ " WHERE snapshot_date = ?" + scope.sql() + " ORDER BY opened_at NULLS LAST, ticket_id LIMIT "
				+ SnapshotWriter.OLDEST_PER_ENTITY, (rs, i) -> {
					OffsetDateTime opened = rs.getObject(4, OffsetDateTime.class);
					return new OldTicket(rs.getLong(1), rs.getString(2), rs.getLong(3), tree.completename(rs.getLong(3)),
							opened == null ? null : opened.toInstant(), rs.getInt(5),
							rs.getObject(6) == null ? null : rs.getInt(6));
				}, scope.params(day));
	}

	/** A set of entity ids as an SQL condition; "everything" also covers tickets whose entity is unknown. */
	private record Scope(List<Long> ids, boolean all) {

		static Scope everything() {
			return new Scope(List.of(), true);
		}

		static Scope of(Set<Long> ids) {
			return new Scope(List.copyOf(ids), false);
		}

		String sql() {
			if (all) {
				return "";
			}
			return " AND entity_id IN (" + ids.stream().map(i -> "?").collect(Collectors.joining(",")) + ")";
		}

		Object[] params(Object first) {
			List<Object> p = new ArrayList<>();
			p.add(first);
			p.addAll(ids);
			return p.toArray();
		}

	}

}
