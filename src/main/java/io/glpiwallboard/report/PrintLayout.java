package io.glpiwallboard.report;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: landscape, as wide as the page (never cut between columns), the
 * header row repeated on every page, only the written cells, and the sheet's name and
 * page number in the footer. Without it a workbook printed on 28 pages, its Summary on
 * two and its chart cut in half.
 */
final class PrintLayout {

	private PrintLayout() {
	}

	/**
	 * @param lastColumn last column printed, 0-based (the chart's, where it is right of
	 * the table)
	 * @param lastRow last row printed, 0-based
	 * @param onePage whether the whole sheet is shrunk onto one page (the Summary) rather
	 * than only to the page's width
	 */
	static void apply(Sheet sheet, int lastColumn, int lastRow, boolean onePage) {
		Workbook workbook = sheet.getWorkbook();
		int index = workbook.getSheetIndex(sheet);
		workbook.setPrintArea(index, 0, lastColumn, 0, Math.max(lastRow, 0));
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
		sheet.setAutobreaks(true);
		sheet.setFitToPage(true);
		PrintSetup setup = sheet.getPrintSetup();
		setup.setLandscape(true);
		setup.setFitWidth((short) 1);
		// 0 pages high: as many pages as the rows need
		setup.setFitHeight((short) (onePage ? 1 : 0));
		Footer footer = sheet.getFooter();
		// Excel's header/footer codes: &A the sheet's name, &P the page, &N the number of
		// pages
		footer.setLeft("&A");
		footer.setRight("Page &P of &N");
	}

}
