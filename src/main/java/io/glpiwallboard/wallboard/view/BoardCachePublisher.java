package io.glpiwallboard.wallboard.view;

import io.glpiwallboard.chart.ChartTheme;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.wallboard.LatestSnapshot;

import org.springframework.stereotype.Component;

/**
 * After every snapshot (refreshes included): drop the cached state so TVs see the new
 * figures at their next reload, and render the main board's chart now rather than on a
 * TV's request.
 */
@Component
class BoardCachePublisher implements SnapshotPublisher {

	private final LatestSnapshot state;

	private final BoardCache boards;

	BoardCachePublisher(LatestSnapshot state, BoardCache boards) {
		this.state = state;
		this.boards = boards;
	}

	@Override
	public Stage stage() {
		return Stage.BOARD;
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
		LatestSnapshot.Current current = state.current();
		if (current.asOf() != null) {
			boards.board(current.asOf(), Scope.everything()).ifPresent(board -> board.trendChart(ChartTheme.DARK));
		}
	}

}
