package io.glpiwallboard.wallboard.view;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.glpiwallboard.snapshot.EntityTree;
import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.GroupDirectory;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.SnapshotProperties;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.wallboard.BoardProperties;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The web layer's one cache, keyed by snapshot: everything the board, the charts and the
 * API compute from the current snapshot (its entity tree and groups, each scope's board
 * with its charts, the API's figures, and the rendered pages and JSON bodies) is computed
 * once, on first use, then served from memory until a newer snapshot replaces it all at
 * once. Unknown entities and groups are answered from the snapshot's entity tree and
 * group directory and never cached, so probing ids cannot fill the memory; the rendered
 * responses, whose keys include URL parameters a client chooses, are bounded.
 */
@Component
public class BoardCache {

	/**
	 * Distinct pages and API answers are few (scopes x theme x rotation x token); this
	 * only bounds abuse.
	 */
	static final int MAX_RENDERED = 3000;

	private final FiguresRepository figures;

	private final BoardProperties board;

	private final SnapshotProperties snapshots;

	private final BoardViewFactory views;

	private volatile Generation generation;

	public BoardCache(FiguresRepository figures, BoardProperties board, SnapshotProperties snapshots) {
		this.figures = figures;
		this.board = board;
		this.snapshots = snapshots;
		this.views = new BoardViewFactory(board, snapshots.dueSoonText());
	}

	/**
	 * @return empty when the scope's entity or group is unknown, or when the snapshot is
	 * gone
	 */
	public Optional<CachedBoard> board(Instant asOf, Scope scope) {
		Generation g = generation(asOf);
		if (!g.knows(scope)) {
			return Optional.empty();
		}
		return g.boards
			.computeIfAbsent(scope, k -> SingletonSupplier.of(() -> figures.forScope(scope, board.trendDays())
				.map(f -> new CachedBoard(f, views.create(f, g.tree, g.groups)))))
			.get();
	}

	/**
	 * The figures behind {@code /api/wallboard}: the full history, not only the board's
	 * days.
	 */
	public Optional<WallboardFigures> apiFigures(Instant asOf, Scope scope) {
		Generation g = generation(asOf);
		if (!g.knows(scope)) {
			return Optional.empty();
		}
		return g.api
			.computeIfAbsent(scope, k -> SingletonSupplier.of(() -> figures.forScope(scope, snapshots.historyDays())))
			.get();
	}

	/**
	 * A response rendered from the snapshot {@code asOf}, kept until a newer snapshot
	 * appears.
	 * @param key what the response depends on besides the snapshot; distinct per caller
	 * @param render computes the value on a miss; a null result is returned but not kept
	 */
	public <V> V rendered(Instant asOf, String key, Supplier<V> render) {
		Generation g = generation(asOf);
		@SuppressWarnings("unchecked")
		V cached = (V) g.rendered.get(key);
		if (cached != null) {
			return cached;
		}
		V value = render.get();
		if (value != null) {
			if (g.rendered.size() >= MAX_RENDERED) {
				g.rendered.clear();
			}
			g.rendered.put(key, value);
		}
		return value;
	}

	/**
	 * Whether the snapshot has the scope's entity and group, so that its board can be
	 * shown.
	 */
	public boolean knows(Instant asOf, Scope scope) {
		return generation(asOf).knows(scope);
	}

	public EntityTree tree(Instant asOf) {
		return generation(asOf).tree;
	}

	public GroupDirectory groups(Instant asOf) {
		return generation(asOf).groups;
	}

	private Generation generation(Instant asOf) {
		Generation g = generation;
		if (g != null && g.asOf.equals(asOf)) {
			return g;
		}
		synchronized (this) {
			g = generation;
			if (g == null || !g.asOf.equals(asOf)) {
				g = new Generation(asOf, figures.entityTree(), figures.groups());
				generation = g;
			}
			return g;
		}
	}

	private static final class Generation {

		final Instant asOf;

		final EntityTree tree;

		final GroupDirectory groups;

		final Map<Scope, SingletonSupplier<Optional<CachedBoard>>> boards = new ConcurrentHashMap<>();

		final Map<Scope, SingletonSupplier<Optional<WallboardFigures>>> api = new ConcurrentHashMap<>();

		final Map<String, Object> rendered = new ConcurrentHashMap<>();

		Generation(Instant asOf, EntityTree tree, GroupDirectory groups) {
			this.asOf = asOf;
			this.tree = tree;
			this.groups = groups;
		}

		boolean knows(Scope scope) {
			return (scope.entityId() == null || tree.get(scope.entityId()).isPresent())
					&& (scope.groupId() == null || groups.get(scope.groupId()).isPresent());
		}

	}

}
