package io.glpiwallboard.report;

import java.util.List;

import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
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
 * {@code Trend}: one row per day and a native line chart of the open tickets, which Excel redraws
 * from the cells (so filtering or extending the table keeps it live).
 */
final class TrendSheet {

	static final String NAME = "Trend";

	private static final String[] HEADERS = { "Date", "Open", "Opened", "Solved", "Closed", "Reconstructed" };

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
			// "reconstructed" days are rebuilt from ticket dates, not observed: the reader must be able to tell
			cells.text(row, 5, p.reconstructed() ? "yes" : "no");
		}
		Cells.autoFilter(sheet, r, HEADERS.length);
		if (r > 0) {
			chart(sheet, r);
		}
	}

	private static void chart(XSSFSheet sheet, int lastRow) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, HEADERS.length + 1, 1, HEADERS.length + 14, 24));
		chart.setTitleText("Open tickets");
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFDateAxis days = chart.createDateAxis(AxisPosition.BOTTOM);
		days.setNumberFormat(WorkbookStyles.DATE);
		XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
		counts.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFNumericalDataSource<Double> x = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
				new CellRangeAddress(1, lastRow, 0, 0));
		XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
				new CellRangeAddress(1, lastRow, 1, 1));
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, days, counts);
		XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(x, y);
		series.setTitle("Open", null);
		series.setSmooth(false);
		series.setMarkerStyle(MarkerStyle.NONE);
		chart.plot(data);
	}

}
