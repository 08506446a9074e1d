package io.glpiwallboard.wallboard.view;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.glpiwallboard.chart.ChartTheme;
import io.glpiwallboard.chart.TrendChart;
import io.glpiwallboard.snapshot.WallboardFigures;

/**
 * One scope's board of one snapshot, as {@link BoardCache} keeps it: its figures, its
 * view, and its charts rendered on first use.
 */
public final class CachedBoard {

	private final WallboardFigures figures;

	private final BoardView view;

	private final Map<ChartTheme, Png> charts = new ConcurrentHashMap<>();

	/**
	 * A chart as served: its PNG bytes and their strong entity tag.
	 *
	 * @param etag quoted, unique per content
	 */
	public record Png(byte[] bytes, String etag) {
	}

	CachedBoard(WallboardFigures figures, BoardView view) {
		this.figures = figures;
		this.view = view;
	}

	public WallboardFigures figures() {
		return figures;
	}

	public BoardView view() {
		return view;
	}

	/** The trend chart, rendered once per snapshot, scope and theme. */
	public Png trendChart(ChartTheme theme) {
		return charts.computeIfAbsent(theme, t -> {
			byte[] png = TrendChart.png(figures.trend(), t).png();
			return new Png(png, Etags.of(png));
		});
	}

}
