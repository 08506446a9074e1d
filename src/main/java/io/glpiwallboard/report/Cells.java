package io.glpiwallboard.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Typed cell writing shared by the sheets: numbers as numbers, dates as dates, text as
 * text.
 */
final class Cells {

	private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private final WorkbookStyles styles;

	private final ZoneId zone;

	Cells(WorkbookStyles styles, ZoneId zone) {
		this.styles = styles;
		this.zone = zone;
	}

	WorkbookStyles styles() {
		return styles;
	}

	/**
	 * POI always writes a string cell for a string, but Excel re-reads {@code =...} as a
	 * formula as soon as someone edits the cell or re-imports a CSV export; the quote
	 * prefix keeps it text.
	 */
	void text(Row row, int column, String value) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		String shown = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value;
		cell.setCellValue(shown);
		cell.setCellStyle(looksLikeFormula(shown) ? styles.literalText : styles.text);
	}

	static boolean looksLikeFormula(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
	}

	void number(Row row, int column, long value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(styles.integer);
	}

	/**
	 * Nothing for null: a figure the snapshot did not record, shown empty rather than as
	 * a false 0.
	 */
	void number(Row row, int column, Number value) {
		if (value != null) {
			number(row, column, value.longValue());
		}
	}

	void dateTime(Row row, int column, Instant value) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		// Excel has no time zones: show the wall-clock time of wallboard.time-zone, like
		// the board
		cell.setCellValue(value.atZone(zone).toLocalDateTime());
		cell.setCellStyle(styles.dateTime);
	}

	void date(Row row, int column, LocalDate value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(styles.date);
	}

	/**
	 * A bold header row, frozen so it stays visible while scrolling, and the column
	 * widths (in characters).
	 */
	void header(Sheet sheet, String[] names, int[] widths) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(names[i]);
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	/** Autofilter over the header and every written row. */
	static void autoFilter(Sheet sheet, int lastRow, int columns) {
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, columns - 1));
	}

}
