package io.glpiwallboard.mail;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.TimeZone;

import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The open-tickets line of the mail body, as a PNG (mail clients do not run scripts or show SVG
 * reliably). Drawn at {@link #SCALE} times its displayed size, so it stays sharp on HiDPI screens,
 * with large labels, so it stays readable when a phone shrinks it to its screen's width.
 */
final class TrendChart {

	/** Displayed size, in CSS pixels (the img's width and height attributes). */
	static final int WIDTH = 640;

	static final int HEIGHT = 260;

	/** Pixels per CSS pixel of the image itself. */
	static final int SCALE = 2;

	static final Color LINE = new Color(0x1F, 0x6F, 0xB2);

	/** About 40% of a phone's shrunk width still leaves these at 7-8 px: the smallest still readable. */
	private static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 17);

	private TrendChart() {
	}

	static byte[] png(List<TrendPoint> trend, ZoneId zone) throws IOException {
		TimeSeries open = new TimeSeries("Open tickets");
		for (TrendPoint p : trend) {
			open.addOrUpdate(new Day(Date.from(p.date().atStartOfDay(zone).toInstant()), TimeZone.getTimeZone(zone), Locale.ROOT), p.open());
		}
		JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, null, new TimeSeriesCollection(open), false,
				false, false);
		chart.setBackgroundPaint(Color.WHITE);
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		plot.setDomainGridlinesVisible(false);
		plot.setOutlineVisible(false);
		plot.getRenderer().setSeriesPaint(0, LINE);
		plot.getRenderer().setSeriesStroke(0, new BasicStroke(3f));
		DateAxis axis = (DateAxis) plot.getDomainAxis();
		axis.setTimeZone(TimeZone.getTimeZone(zone));
		axis.setTickLabelFont(LABELS);
		NumberAxis counts = (NumberAxis) plot.getRangeAxis();
		counts.setTickLabelFont(LABELS);
		// a backlog read against an axis that does not start at 0 looks worse (or better) than it is
		counts.setAutoRangeIncludesZero(true);
		counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ChartUtils.writeScaledChartAsPNG(out, chart, WIDTH, HEIGHT, SCALE, SCALE);
		return out.toByteArray();
	}

	/** What the chart shows, in words: the image's alt text for screen readers and blocked images. */
	static String describe(List<TrendPoint> trend) {
		if (trend.isEmpty()) {
			return "Chart of open tickets per day: no data";
		}
		LongSummaryStatistics stats = trend.stream().mapToLong(TrendPoint::open).summaryStatistics();
		return "Line chart of open tickets per day from " + trend.get(0).date() + " to " + trend.get(trend.size() - 1).date()
				+ ": " + trend.get(0).open() + " at the start, " + trend.get(trend.size() - 1).open() + " at the end (lowest "
				+ stats.getMin() + ", highest " + stats.getMax() + ")";
	}

}
