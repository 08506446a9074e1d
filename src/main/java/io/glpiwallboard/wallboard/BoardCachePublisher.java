package io.glpiwallboard.wallboard;

import io.glpiwallboard.chart.ChartTheme;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.SnapshotPublisher;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After every snapshot (refreshes included): drop the cached state so TVs see the new figures at
 * their next reload, and render the main board's chart now rather than on a TV's request.
 */
@Component
@Order(10)
class BoardCachePublisher implements SnapshotPublisher {

	private final BoardState state;

	private final BoardCatalog catalog;

	BoardCachePublisher(BoardState state, BoardCatalog catalog) {
		this.state = state;
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return "board cache";
	}

	@Override
	public boolean afterRefresh() {
		return true;
	}

	@Override
	public void publish(Request request) {
		state.invalidate();
		BoardState.Current current = state.current();
		if (current.asOf() != null) {
			catalog.board(current.asOf(), Scope.everything()).ifPresent(board -> board.trendChart(ChartTheme.DARK));
		}
	}

}
