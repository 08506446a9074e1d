package io.glpiwallboard.report;

import java.util.List;

import io.glpiwallboard.chart.ChartTheme;
import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFDateAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code Trend}: one row per day and a native line chart of the open tickets, which Excel
 * and LibreOffice redraw from the cells (so filtering or extending the table keeps it
 * live).
 */
final class TrendSheet {

	static final String NAME = "Trend";

	/** The open-tickets line, RGB: the paper theme's, as in the mail's chart. */
	static final int[] SERIES_RGB = ChartTheme.PAPER.openRgb();

	private static final String[] HEADERS = { "Date", "Open", "Opened", "Solved", "Closed", "Reconstructed" };

	/**
	 * Where the chart sits: beside the table, 9 columns by 22 rows, so it prints on the
	 * first page.
	 */
	static final int CHART_FIRST_COLUMN = HEADERS.length + 1;

	static final int CHART_LAST_COLUMN = CHART_FIRST_COLUMN + 9;

	static final int CHART_LAST_ROW = 23;

	/** About this many date labels along the axis, whatever the number of days. */
	private static final int DATE_LABELS = 10;

	private final Cells cells;

	TrendSheet(Cells cells) {
		this.cells = cells;
	}

	void write(XSSFWorkbook workbook, List<TrendPoint> trend) {
		XSSFSheet sheet = workbook.createSheet(NAME);
		cells.header(sheet, HEADERS, new int[] { 12, 10, 10, 10, 10, 15 });
		int r = 0;
		for (TrendPoint p : trend) {
			Row row = sheet.createRow(++r);
			cells.date(row, 0, p.date());
			cells.number(row, 1, p.open());
			cells.number(row, 2, p.opened());
			cells.number(row, 3, p.solved());
			cells.number(row, 4, p.closed());
			// "reconstructed" days are rebuilt from ticket dates, not observed: the
			// reader must be able to tell
			cells.text(row, 5, p.reconstructed() ? "yes" : "no");
		}
		Cells.autoFilter(sheet, r, HEADERS.length);
		if (r > 0) {
			chart(sheet, r);
		}
		PrintLayout.apply(sheet, r > 0 ? CHART_LAST_COLUMN : HEADERS.length - 1,
				Math.max(r, r > 0 ? CHART_LAST_ROW : 0), false);
	}

	/**
	 * LibreOffice draws nothing for a series without line properties and a line chart
	 * without {@code c:grouping} (Excel falls back to its defaults): both are written
	 * explicitly.
	 */
	private static void chart(XSSFSheet sheet, int lastRow) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(
				drawing.createAnchor(0, 0, 0, 0, CHART_FIRST_COLUMN, 1, CHART_LAST_COLUMN + 1, CHART_LAST_ROW + 1));
		chart.setTitleText("Open tickets");
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFDateAxis days = chart.createDateAxis(AxisPosition.BOTTOM);
		days.setNumberFormat(WorkbookStyles.DATE);
		days.setMajorUnit(Math.max(1, (int) Math.ceil(lastRow / (double) DATE_LABELS)));
		XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
		counts.setCrosses(AxisCrosses.AUTO_ZERO);
		// a backlog read against an axis that does not start at 0 looks worse (or better)
		// than it is
		counts.setMinimum(0);
		counts.getOrAddMajorGridProperties().setLineProperties(line(ChartTheme.PAPER.gridRgb(), 0.75));
		XDDFNumericalDataSource<Double> x = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
				new CellRangeAddress(1, lastRow, 0, 0));
		XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
				new CellRangeAddress(1, lastRow, 1, 1));
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, days, counts);
		data.setGrouping(Grouping.STANDARD);
		data.setVaryColors(false);
		XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(x, y);
		series.setTitle("Open", null);
		series.setSmooth(false);
		// a marker per day clutters a year of history; the line alone reads better
		series.setMarkerStyle(MarkerStyle.NONE);
		XDDFShapeProperties shape = new XDDFShapeProperties();
		shape.setLineProperties(line(SERIES_RGB, 2.25));
		series.setShapeProperties(shape);
		chart.plot(data);
	}

	private static XDDFLineProperties line(int[] rgb, double points) {
		XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(
				XDDFColor.from(new byte[] { (byte) rgb[0], (byte) rgb[1], (byte) rgb[2] })));
		line.setWidth(points);
		return line;
	}

}
