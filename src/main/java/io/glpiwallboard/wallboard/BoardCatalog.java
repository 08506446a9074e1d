package io.glpiwallboard.wallboard;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.glpiwallboard.snapshot.EntityTree;
import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.system.WallboardProperties;

import org.springframework.stereotype.Component;

/**
 * The boards of the current snapshot, each loaded and rendered once, then served from memory
 * until the next snapshot replaces them all. Unknown entities are answered from the snapshot's
 * entity tree and never cached, so probing ids cannot fill the memory.
 */
@Component
public class BoardCatalog {

	private static final long ALL = Long.MIN_VALUE;

	private final FiguresRepository figures;

	private final BoardProperties board;

	private final WallboardProperties wallboard;

	private final BoardViewFactory views;

	private volatile Generation generation;

	public BoardCatalog(FiguresRepository figures, BoardProperties board, WallboardProperties wallboard) {
		this.figures = figures;
		this.board = board;
		this.wallboard = wallboard;
		this.views = new BoardViewFactory(board);
	}

	/** @return empty when the entity is unknown, or when the snapshot is gone */
	public Optional<ScopeBoard> board(Instant asOf, Long entityId) {
		Generation g = generation(asOf);
		if (!g.knows(entityId)) {
			return Optional.empty();
		}
		return g.boards.computeIfAbsent(key(entityId), k -> new Memo<>(() -> figures.load(entityId, board.trendDays())
			.map(f -> new ScopeBoard(f, views.create(f, g.tree))))).get();
	}

	/** The figures behind {@code /api/wallboard}: the full history, not only the board's days. */
	public Optional<WallboardFigures> apiFigures(Instant asOf, Long entityId) {
		Generation g = generation(asOf);
		if (!g.knows(entityId)) {
			return Optional.empty();
		}
		return g.api.computeIfAbsent(key(entityId), k -> new Memo<>(() -> figures.load(entityId, wallboard.historyDays())))
			.get();
	}

	public EntityTree tree(Instant asOf) {
		return generation(asOf).tree;
	}

	private Generation generation(Instant asOf) {
		Generation g = generation;
		if (g != null && g.asOf.equals(asOf)) {
			return g;
		}
		synchronized (this) {
			g = generation;
			if (g == null || !g.asOf.equals(asOf)) {
				g = new Generation(asOf, figures.entityTree());
				generation = g;
			}
			return g;
		}
	}

	private static long key(Long entityId) {
		return entityId == null ? ALL : entityId;
	}

	private static final class Generation {

		final Instant asOf;

		final EntityTree tree;

		final Map<Long, Memo<Optional<ScopeBoard>>> boards = new ConcurrentHashMap<>();

		final Map<Long, Memo<Optional<WallboardFigures>>> api = new ConcurrentHashMap<>();

		Generation(Instant asOf, EntityTree tree) {
			this.asOf = asOf;
			this.tree = tree;
		}

		boolean knows(Long entityId) {
			return entityId == null || tree.get(entityId).isPresent();
		}

	}

}
