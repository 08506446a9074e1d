package io.glpiwallboard.report;

import java.time.Duration;
import java.util.Map;
import java.util.function.IntFunction;

import io.glpiwallboard.snapshot.TicketLabels;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.snapshot.WallboardFigures.OldTicket;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * {@code Summary}: the headline figures, when the data is from, what it covers and where
 * it comes from.
 */
final class SummarySheet {

	static final String NAME = "Summary";

	private final Cells cells;

	private final GlpiLinks links;

	private Sheet sheet;

	private int next;

	SummarySheet(Cells cells, GlpiLinks links) {
		this.cells = cells;
		this.links = links;
	}

	/**
	 * @param figures the scope's figures from the latest snapshot, team figures included
	 * @param name the scope's name ({@code FiguresRepository.name})
	 */
	void write(Workbook workbook, WallboardFigures figures, String name, Duration dueSoon) {
		Scope scope = figures.scope();
		WallboardFigures.Open open = figures.open();
		sheet = workbook.createSheet(NAME);
		cells.header(sheet, new String[] { "Figure", "Value", "Detail" }, new int[] { 30, 22, 60 });
		next = 1;
		Row asOf = row("Data as of");
		cells.dateTime(asOf, 1, figures.asOf());
		cells.text(asOf, 2, "end of the last successful sync of GLPI");
		cells.text(row("Scope"), 1, description(scope, name));
		Row glpi = row("GLPI");
		links.home().ifPresent(url -> {
			cells.text(glpi, 1, url);
			hyperlink(workbook, glpi.getCell(1), url);
		});
		next++;
		cells.number(row("Open tickets"), 1, open.total());
		Long yesterday = figures.openYesterday();
		Long since = figures.openChangeSinceYesterday();
		Row change = row("Change since yesterday");
		if (since == null) {
			cells.text(change, 2, scope.isGroup() ? "no snapshot of the day before with group figures"
					: "no snapshot of the day before");
		}
		else {
			Cell cell = change.createCell(1);
			cell.setCellValue(since);
			cell.setCellStyle(cells.styles().signed);
			cells.text(change, 2, yesterday + " open the day before");
		}
		cells.number(row("Opened today"), 1, figures.today().opened());
		cells.number(row("Solved today"), 1, figures.today().solved());
		cells.number(row("Closed today"), 1, figures.today().closed());
		Row unassigned = row(scope.isGroup() ? "Waiting for a technician" : "Unassigned");
		cells.number(unassigned, 1, open.unassigned());
		cells.text(unassigned, 2, scope.isGroup() ? "open, assigned to the group, with no assigned technician"
				: "open, with no assigned technician, group or supplier");
		Row late = row("Late");
		cells.number(late, 1, open.late());
		cells.text(late, 2, "open, time to resolve before the data's as-of time");
		Row due = row("Due within " + TicketLabels.duration(dueSoon));
		cells.number(due, 1, open.dueSoon());
		cells.text(due, 2, "open, not late, time to resolve before as-of + " + TicketLabels.duration(dueSoon));
		oldest(figures);
		next++;
		breakdown("Open by status", figures.open().byStatus(), TicketLabels::status);
		breakdown("Open by priority", figures.open().byPriority(), TicketLabels::priority);
		breakdown("Open by type", figures.open().byType(), TicketLabels::type);
		PrintLayout.apply(sheet, 2, next - 1, true);
	}

	/**
	 * The name with what it includes, e.g. "Support in Root > Lyon (tickets assigned to
	 * group 11, in entity 3, ...)".
	 */
	static String description(Scope scope, String name) {
		String entities = scope.entityId() == null ? "" : "entity " + scope.entityId() + ", with its sub-entities";
		if (!scope.isGroup()) {
			return scope.entityId() == null ? name : name + " (" + entities + ")";
		}
		return name + " (tickets assigned to group " + scope.groupId()
				+ (scope.entityId() == null ? "" : ", in " + entities) + ")";
	}

	private void oldest(WallboardFigures figures) {
		Row row = row("Oldest open ticket");
		if (figures.oldest().isEmpty()) {
			cells.text(row, 2, "no open ticket");
			return;
		}
		OldTicket oldest = figures.oldest().get(0);
		cells.number(row, 1, oldest.id());
		cells.text(row, 2, oldest.title());
		links.ticket(oldest.id()).ifPresent(url -> {
			hyperlink(sheet.getWorkbook(), row.getCell(1), url);
			row.getCell(1).setCellStyle(cells.styles().link);
		});
		if (oldest.openedAt() != null) {
			cells.dateTime(row("Oldest open ticket: opened"), 1, oldest.openedAt());
			cells.number(row("Oldest open ticket: age (days)"), 1,
					Duration.between(oldest.openedAt(), figures.asOf()).getSeconds() / 86400);
		}
	}

	private void breakdown(String title, Map<String, Long> counts, IntFunction<String> label) {
		counts
			.forEach((code, count) -> cells.number(row(title + ": " + label.apply(Integer.parseInt(code))), 1, count));
	}

	private Row row(String figure) {
		Row row = sheet.createRow(next++);
		cells.text(row, 0, figure);
		return row;
	}

	private static void hyperlink(Workbook workbook, Cell cell, String url) {
		Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
		link.setAddress(url);
		cell.setHyperlink(link);
	}

}
