package io.glpiwallboard.report;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import io.glpiwallboard.snapshot.TicketLabels;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of a workbook, created once: Excel caps a file at 64,000 styles.
 */
final class WorkbookStyles {

	static final String DATE_TIME = "yyyy-mm-dd hh:mm";

	static final String DATE = "yyyy-mm-dd";

	final CellStyle header;

	final CellStyle title;

	final CellStyle text;

	/** Text that Excel would take for a formula if typed in: shown and kept as text. */
	final CellStyle literalText;

	final CellStyle integer;

	final CellStyle signed;

	final CellStyle date;

	final CellStyle dateTime;

	final CellStyle link;

	private final Map<Integer, CellStyle> priorities = new HashMap<>();

	private final Workbook workbook;

	WorkbookStyles(Workbook workbook) {
		this.workbook = workbook;
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		header.setWrapText(true);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		title = workbook.createCellStyle();
		title.setFont(big);
		text = workbook.createCellStyle();
		literalText = workbook.createCellStyle();
		literalText.setQuotePrefixed(true);
		integer = numeric("#,##0");
		signed = numeric("+#,##0;-#,##0;0");
		date = numeric(DATE);
		dateTime = numeric(DATE_TIME);
		Font blue = workbook.createFont();
		blue.setUnderline(Font.U_SINGLE);
		blue.setColor(IndexedColors.BLUE.getIndex());
		link = numeric("0");
		link.setFont(blue);
	}

	/**
	 * A priority is stored as its number, so it sorts and filters in GLPI's order, and
	 * shown as its name through the number format.
	 */
	CellStyle priority(int code) {
		// the same literal for positive, negative and zero: some readers mishandle a
		// single section
		return priorities.computeIfAbsent(code,
				c -> numeric(String.join(";", Collections.nCopies(3, "\"" + TicketLabels.priority(c) + "\""))));
	}

	private CellStyle numeric(String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

}
