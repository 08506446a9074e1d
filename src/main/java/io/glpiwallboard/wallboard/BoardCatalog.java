package io.glpiwallboard.wallboard;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.glpiwallboard.snapshot.EntityTree;
import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.GroupDirectory;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.snapshot.SnapshotProperties;

import org.springframework.stereotype.Component;

/**
 * The boards of the current snapshot, each loaded and rendered once, then served from memory
 * until the next snapshot replaces them all. Unknown entities and groups are answered from the
 * snapshot's entity tree and group directory and never cached, so probing ids cannot fill the memory.
 */
@Component
public class BoardCatalog {

	private final FiguresRepository figures;

	private final BoardProperties board;

	private final SnapshotProperties snapshots;

	private final BoardViewFactory views;

	private volatile Generation generation;

	public BoardCatalog(FiguresRepository figures, BoardProperties board, SnapshotProperties snapshots) {
		this.figures = figures;
		this.board = board;
		this.snapshots = snapshots;
		this.views = new BoardViewFactory(board, snapshots.dueSoonText());
	}

	/** @return empty when the scope's entity or group is unknown, or when the snapshot is gone */
	public Optional<ScopeBoard> board(Instant asOf, Scope scope) {
		Generation g = generation(asOf);
		if (!g.knows(scope)) {
			return Optional.empty();
		}
		return g.boards.computeIfAbsent(scope, k -> new Memo<>(() -> figures.forScope(scope, board.trendDays())
			.map(f -> new ScopeBoard(f, views.create(f, g.tree, g.groups))))).get();
	}

	/** The figures behind {@code /api/wallboard}: the full history, not only the board's days. */
	public Optional<WallboardFigures> apiFigures(Instant asOf, Scope scope) {
		Generation g = generation(asOf);
		if (!g.knows(scope)) {
			return Optional.empty();
		}
		return g.api.computeIfAbsent(scope, k -> new Memo<>(() -> figures.forScope(scope, snapshots.historyDays()))).get();
	}

	/** Whether the snapshot has the scope's entity and group, so that its board can be shown. */
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

		final Map<Scope, Memo<Optional<ScopeBoard>>> boards = new ConcurrentHashMap<>();

		final Map<Scope, Memo<Optional<WallboardFigures>>> api = new ConcurrentHashMap<>();

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
