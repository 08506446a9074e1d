package io.glpiwallboard.report;

import java.time.Duration;
import java.time.Instant;

import io.glpiwallboard.snapshot.TicketLabels;
import io.glpiwallboard.snapshot.OpenTickets;
import io.glpiwallboard.snapshot.OpenTickets.OpenTicket;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.TicketRules;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code Open tickets}: one row per open ticket, streamed to disk as it is read so memory
 * stays flat whatever the number of tickets.
 */
final class OpenTicketsSheet {

	static final String NAME = "Open tickets";

	/**
	 * New columns go at the end: filters, macros and imports that use the first ones keep
	 * working.
	 */
	private static final String[] HEADERS = { "ID", "Title", "Entity", "Status", "Priority", "Type", "Category",
			"Opened", "Age (days)", "Last update", "Assigned groups", "Technicians", "Due", "Late" };

	private static final int[] WIDTHS = { 9, 55, 40, 22, 11, 10, 28, 17, 10, 17, 30, 26, 17, 7 };

	private static final int PRIORITY = 4;

	private static final int AGE = 8;

	static final int GROUPS = 10;

	static final int TECHNICIANS = 11;

	static final int DUE = 12;

	static final int LATE = 13;

	/**
	 * Age thresholds, in days, of the amber and red age colours: over these, the 31-90
	 * and > 90 buckets.
	 */
	static final int AGE_AMBER = TicketRules.AGE_BUCKET_STARTS.get(2) - 1;

	static final int AGE_RED = TicketRules.AGE_BUCKET_STARTS.get(3) - 1;

	/**
	 * Workbook-level name holding the ticket URL up to the id, so each row's formula
	 * stays short.
	 */
	static final String LINK_NAME = "GlpiTicketLink";

	private final Cells cells;

	private final GlpiLinks links;

	private boolean linked;

	OpenTicketsSheet(Cells cells, GlpiLinks links) {
		this.cells = cells;
		this.links = links;
	}

	/**
	 * @return the number of tickets written
	 */
	long write(SXSSFWorkbook workbook, OpenTickets source, Scope scope, Instant asOf) {
		Sheet sheet = workbook.createSheet(NAME);
		cells.header(sheet, HEADERS, WIDTHS);
		links.ticketPrefix().ifPresent(prefix -> {
			Name name = workbook.createName();
			name.setNameName(LINK_NAME);
			name.setRefersToFormula("\"" + prefix.replace("\"", "\"\"") + "\"");
			linked = true;
		});
		int max = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
		int[] r = { 0 };
		source.forEach(scope, ticket -> {
			if (r[0] == max) {
				throw new IllegalStateException("more than " + max + " open tickets: over Excel's row limit");
			}
			write(sheet.createRow(++r[0]), ticket, asOf);
		});
		Cells.autoFilter(sheet, r[0], HEADERS.length);
		PrintLayout.apply(sheet, HEADERS.length - 1, r[0], false);
		colours(sheet, Math.max(r[0], 1));
		return r[0];
	}

	private void write(Row row, OpenTicket t, Instant asOf) {
		Cell id = row.createCell(0);
		if (linked) {
			// a HYPERLINK formula rather than a cell hyperlink: those are kept in memory
			// until the end,
			// one object and one relationship per row; the cached value keeps the cell a
			// sortable number
			id.setCellFormula("HYPERLINK(" + LINK_NAME + "&" + t.id() + "," + t.id() + ")");
			id.setCellValue(t.id());
			id.setCellStyle(cells.styles().link);
		}
		else {
			id.setCellValue(t.id());
			id.setCellStyle(cells.styles().integer);
		}
		cells.text(row, 1, t.title());
		cells.text(row, 2, t.entity());
		cells.text(row, 3, TicketLabels.status(t.status()));
		if (t.priority() != null) {
			Cell priority = row.createCell(PRIORITY);
			priority.setCellValue(t.priority());
			priority.setCellStyle(cells.styles().priority(t.priority()));
		}
		if (t.type() != null) {
			cells.text(row, 5, TicketLabels.type(t.type()));
		}
		cells.text(row, 6, t.category());
		cells.dateTime(row, 7, t.openedAt());
		if (t.openedAt() != null) {
			// whole days since opening, as in the snapshots' age buckets
			cells.number(row, AGE, Duration.between(t.openedAt(), asOf).getSeconds() / 86400);
		}
		cells.dateTime(row, 9, t.modifiedAt());
		cells.text(row, GROUPS, t.groups());
		cells.text(row, TECHNICIANS, t.technicians());
		cells.dateTime(row, DUE, t.timeToResolve());
		// the board's rule: open with a time-to-resolve deadline before the data's as-of
		// time
		cells.text(row, LATE, TicketRules.late(t.timeToResolve(), asOf) ? "yes" : "no");
	}

	/**
	 * Red and amber for old tickets and high priorities, as rules so they follow sorting
	 * and editing.
	 */
	private static void colours(Sheet sheet, int lastRow) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		CellRangeAddress[] age = { new CellRangeAddress(1, lastRow, AGE, AGE) };
		formatting.addConditionalFormatting(age,
				fill(formatting.createConditionalFormattingRule(ComparisonOperator.GT, Integer.toString(AGE_RED)),
						IndexedColors.ROSE),
				fill(formatting.createConditionalFormattingRule(ComparisonOperator.GT, Integer.toString(AGE_AMBER)),
						IndexedColors.LIGHT_ORANGE));
		CellRangeAddress[] priority = { new CellRangeAddress(1, lastRow, PRIORITY, PRIORITY) };
		formatting.addConditionalFormatting(priority,
				fill(formatting.createConditionalFormattingRule(ComparisonOperator.GE, "5"), IndexedColors.ROSE),
				fill(formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, "4"),
						IndexedColors.LIGHT_ORANGE));
		CellRangeAddress[] late = { new CellRangeAddress(1, lastRow, LATE, LATE) };
		formatting.addConditionalFormatting(late, fill(
				formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"yes\""), IndexedColors.ROSE));
	}

	private static ConditionalFormattingRule fill(ConditionalFormattingRule rule, IndexedColors colour) {
		PatternFormatting pattern = rule.createPatternFormatting();
		pattern.setFillBackgroundColor(colour.getIndex());
		pattern.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
		return rule;
	}

}
