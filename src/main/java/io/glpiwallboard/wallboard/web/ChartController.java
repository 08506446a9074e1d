package io.glpiwallboard.wallboard.web;

import java.time.Duration;
import java.util.Optional;

import io.glpiwallboard.chart.ChartTheme;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.wallboard.LatestSnapshot;
import io.glpiwallboard.wallboard.view.BoardCache;
import io.glpiwallboard.wallboard.view.CachedBoard;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Chart images of the current snapshot, from memory. The board links them with the
 * snapshot's time as {@code v}, so such a URL never changes content and browsers may keep
 * it for a day.
 */
@RestController
class ChartController {

	private final LatestSnapshot state;

	private final BoardCache boards;

	ChartController(LatestSnapshot state, BoardCache boards) {
		this.state = state;
		this.boards = boards;
	}

	@GetMapping("/charts/trend.png")
	ResponseEntity<byte[]> trend(@RequestParam(required = false) Long entity,
			@RequestParam(required = false) Long group, @RequestParam(required = false) String theme,
			@RequestParam(required = false) Long v) {
		LatestSnapshot.Current current = state.current();
		Optional<CachedBoard> board = current.asOf() == null ? Optional.empty()
				: boards.board(current.asOf(), new Scope(entity, group));
		if (board.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		CachedBoard.Png image = board.get().trendChart(ChartTheme.parse(theme));
		boolean versioned = v != null && v == current.asOf().toEpochMilli();
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(versioned ? CacheControl.maxAge(Duration.ofDays(1)).cachePrivate().immutable()
					: CacheControl.noCache())
			.eTag(image.etag())
			.body(image.bytes());
	}

}
