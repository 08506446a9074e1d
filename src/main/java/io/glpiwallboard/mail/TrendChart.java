package io.glpiwallboard.mail;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** The open-tickets line of the mail body, as a PNG (mail clients do not run scripts or show SVG reliably). */
final class TrendChart {

	static final int WIDTH = 640;

	static final int HEIGHT = 240;

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
		plot.getRenderer().setSeriesPaint(0, new Color(0x1F, 0x6F, 0xB2));
		plot.getRenderer().setSeriesStroke(0, new BasicStroke(2.5f));
		DateAxis axis = (DateAxis) plot.getDomainAxis();
		axis.setTimeZone(TimeZone.getTimeZone(zone));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
		return out.toByteArray();
	}

}
