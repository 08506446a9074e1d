package io.glpiwallboard.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.TimeZone;

import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The trend of open tickets, the one chart of every page. The board's ({@link #png}):
 * open tickets per day on top, opened versus solved per day below, on one date axis;
 * reconstructed days (rebuilt from ticket dates, not observed) are drawn dashed and faded
 * so nobody mistakes them for measurements. The mail's ({@link #openLine}): the
 * open-tickets line alone, with large labels, so it stays readable when a phone shrinks
 * it to its screen's width. Colours: {@link ChartTheme}.
 */
public final class TrendChart {

	/**
	 * Logical size: the chart's cell on a 1920x1080 board (about 872x328 CSS pixels), so
	 * one logical pixel is one screen pixel there and the font sizes below are what a TV
	 * shows; rendered at twice that for 4K.
	 */
	public static final int WIDTH = 880;

	public static final int HEIGHT = 330;

	public static final int SCALE = 2;

	/**
	 * Axis and legend text in logical pixels, so about 28 px on a 1080p screen: readable
	 * from 5 metres.
	 */
	public static final int TEXT_SIZE = 28;

	/**
	 * Displayed size of the mail's chart, in CSS pixels (the img's width and height
	 * attributes).
	 */
	public static final int MAIL_WIDTH = 640;

	public static final int MAIL_HEIGHT = 260;

	/**
	 * About 40% of a phone's shrunk width still leaves these at 7-8 px: the smallest
	 * still readable.
	 */
	private static final int MAIL_TEXT_SIZE = 17;

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	private static final String FONT = "DejaVu Sans";

	private TrendChart() {
	}

	public static ChartImage png(List<TrendPoint> trend, ChartTheme theme) {
		return PngRenderer.render(create(trend, theme), WIDTH, HEIGHT, SCALE);
	}

	/**
	 * The open-tickets line of a mail body, as a PNG (mail clients do not run scripts or
	 * show SVG reliably), drawn at {@link #SCALE} times {@link #MAIL_WIDTH} x
	 * {@link #MAIL_HEIGHT} so it stays sharp on HiDPI screens.
	 */
	public static ChartImage openLine(List<TrendPoint> trend, ChartTheme theme) {
		TimeSeries open = new TimeSeries("Open tickets");
		for (TrendPoint p : trend) {
			open.addOrUpdate(day(p), p.open());
		}
		DateAxis dates = new DateAxis();
		dates.setTimeZone(UTC);
		dates.setDateFormatOverride(dateFormat());
		style(dates, theme, MAIL_TEXT_SIZE);
		NumberAxis counts = countAxis(theme, MAIL_TEXT_SIZE);
		XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
		line.setSeriesPaint(0, theme.open);
		line.setSeriesStroke(0, new BasicStroke(3f));
		XYPlot plot = new XYPlot(collection(open), dates, counts, line);
		plot.setBackgroundPaint(theme.background);
		plot.setRangeGridlinePaint(theme.grid);
		plot.setDomainGridlinesVisible(false);
		plot.setOutlineVisible(false);
		JFreeChart chart = new JFreeChart(null, null, plot, false);
		chart.setBackgroundPaint(theme.background);
		return PngRenderer.render(chart, MAIL_WIDTH, MAIL_HEIGHT, SCALE);
	}

	/**
	 * What the chart shows, in words: the image's alt text for screen readers and blocked
	 * images.
	 */
	public static String describe(List<TrendPoint> trend) {
		if (trend.isEmpty()) {
			return "Chart of open tickets per day: no data";
		}
		LongSummaryStatistics stats = trend.stream().mapToLong(TrendPoint::open).summaryStatistics();
		return "Line chart of open tickets per day from " + trend.get(0).date() + " to "
				+ trend.get(trend.size() - 1).date() + ": " + trend.get(0).open() + " at the start, "
				+ trend.get(trend.size() - 1).open() + " at the end (lowest " + stats.getMin() + ", highest "
				+ stats.getMax() + ")";
	}

	private static Day day(TrendPoint p) {
		return new Day(p.date().getDayOfMonth(), p.date().getMonthValue(), p.date().getYear());
	}

	public static JFreeChart create(List<TrendPoint> trend, ChartTheme theme) {
		boolean[] reconstructed = new boolean[trend.size()];
		TimeSeries open = new TimeSeries("Open");
		TimeSeries opened = new TimeSeries("Opened");
		TimeSeries solved = new TimeSeries("Solved");
		for (int i = 0; i < trend.size(); i++) {
			TrendPoint p = trend.get(i);
			Day day = day(p);
			open.add(day, p.open());
			opened.add(day, p.opened());
			solved.add(day, p.solved());
			reconstructed[i] = p.reconstructed();
		}
		DateAxis dates = new DateAxis();
		dates.setTimeZone(UTC);
		dates.setDateFormatOverride(dateFormat());
		dates.setLowerMargin(0.01);
		dates.setUpperMargin(0.01);
		style(dates, theme, TEXT_SIZE);

		// both from zero: an "Open" axis starting at 180 makes 190 look like twice 185
		XYPlot openPlot = new XYPlot(collection(open), null, countAxis(theme, TEXT_SIZE),
				openRenderer(theme, reconstructed));
		XYPlot flowPlot = new XYPlot(collection(opened, solved), null, countAxis(theme, TEXT_SIZE),
				flowRenderer(theme, reconstructed));
		CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dates);
		plot.setGap(14);
		plot.add(openPlot, 3);
		plot.add(flowPlot, 2);
		for (XYPlot sub : List.of(openPlot, flowPlot)) {
			sub.setBackgroundPaint(theme.background);
			sub.setOutlineVisible(false);
			sub.setDomainGridlinesVisible(false);
			sub.setRangeGridlinePaint(theme.grid);
			sub.setRangeGridlineStroke(new BasicStroke(1.2f));
		}
		plot.setBackgroundPaint(theme.background);
		plot.setOutlineVisible(false);
		plot.setFixedLegendItems(legend(theme, anyTrue(reconstructed)));

		JFreeChart chart = new JFreeChart(null, null, plot, true);
		chart.setBackgroundPaint(theme.background);
		chart.setBorderVisible(false);
		chart.setPadding(new RectangleInsets(4, 4, 4, 12));
		LegendTitle legendTitle = chart.getLegend();
		legendTitle.setPosition(RectangleEdge.TOP);
		legendTitle.setItemFont(new Font(FONT, Font.PLAIN, TEXT_SIZE));
		legendTitle.setItemPaint(theme.text);
		legendTitle.setBackgroundPaint(theme.background);
		legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
		legendTitle.setItemLabelPadding(new RectangleInsets(2, 6, 2, 26));
		return chart;
	}

	private static TimeSeriesCollection collection(TimeSeries... series) {
		TimeSeriesCollection c = new TimeSeriesCollection(UTC);
		for (TimeSeries s : series) {
			c.addSeries(s);
		}
		return c;
	}

	private static NumberAxis countAxis(ChartTheme theme, int textSize) {
		NumberAxis axis = new NumberAxis();
		axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		axis.setAutoRangeIncludesZero(true);
		axis.setUpperMargin(0.08);
		style(axis, theme, textSize);
		return axis;
	}

	private static void style(ValueAxis axis, ChartTheme theme, int textSize) {
		axis.setTickLabelFont(new Font(FONT, Font.PLAIN, textSize));
		axis.setTickLabelPaint(theme.text);
		axis.setAxisLinePaint(theme.grid);
		axis.setTickMarkPaint(theme.grid);
	}

	private static XYLineAndShapeRenderer openRenderer(ChartTheme theme, boolean[] reconstructed) {
		Stroke solid = new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
		Stroke dashed = new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] { 10f, 8f },
				0f);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false) {
			@Override
			public Stroke getItemStroke(int row, int column) {
				return reconstructed[column] ? dashed : solid;
			}
		};
		renderer.setSeriesPaint(0, theme.open);
		renderer.setSeriesStroke(0, solid);
		return renderer;
	}

	private static ClusteredXYBarRenderer flowRenderer(ChartTheme theme, boolean[] reconstructed) {
		Color[] normal = { theme.opened, theme.solved };
		ClusteredXYBarRenderer renderer = new ClusteredXYBarRenderer(0.15, false) {
			@Override
			public Paint getItemPaint(int row, int column) {
				return reconstructed[column] ? ChartTheme.dimmed(normal[row], theme.background) : normal[row];
			}
		};
		renderer.setBarPainter(new StandardXYBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		return renderer;
	}

	private static LegendItemCollection legend(ChartTheme theme, boolean withReconstructed) {
		LegendItemCollection items = new LegendItemCollection();
		items.add(lineItem("Open", theme.open, new BasicStroke(5f)));
		items.add(boxItem("Opened / day", theme.opened));
		items.add(boxItem("Solved / day", theme.solved));
		if (withReconstructed) {
			items.add(lineItem("Reconstructed", theme.text,
					new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] { 8f, 6f }, 0f)));
		}
		return items;
	}

	private static LegendItem lineItem(String label, Paint paint, Stroke stroke) {
		LegendItem item = new LegendItem(label, null, null, null, false, new Rectangle(0, 0, 1, 1), false, paint, false,
				paint, stroke, true, new java.awt.geom.Line2D.Double(-14, 0, 14, 0), stroke, paint);
		return item;
	}

	private static LegendItem boxItem(String label, Paint paint) {
		return new LegendItem(label, null, null, null, new Rectangle(-10, -10, 20, 20), paint);
	}

	private static SimpleDateFormat dateFormat() {
		SimpleDateFormat format = new SimpleDateFormat("d MMM", Locale.ENGLISH);
		format.setTimeZone(UTC);
		return format;
	}

	private static boolean anyTrue(boolean[] values) {
		for (boolean v : values) {
			if (v) {
				return true;
			}
		}
		return false;
	}

}
