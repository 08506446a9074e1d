package io.glpiwallboard.report;

import java.util.Map;

import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * {@code Entities}: every entity of the scope with its open tickets, its own and with its
 * children; the priority columns split its own tickets by GLPI's six priorities.
 */
final class EntitiesSheet {

	static final String NAME = "Entities";

	static final int PRIORITIES = 6;

	private final Cells cells;

	EntitiesSheet(Cells cells) {
		this.cells = cells;
	}

	void write(Workbook workbook, Iterable<EntityLine> entities, Map<Long, Map<Integer, Long>> byPriority) {
		Sheet sheet = workbook.createSheet(NAME);
		String[] headers = new String[5 + PRIORITIES];
		int[] widths = new int[headers.length];
		String[] fixed = { "ID", "Entity", "Level", "Open (own)", "Open incl. children" };
		int[] fixedWidths = { 8, 60, 7, 12, 12 };
		System.arraycopy(fixed, 0, headers, 0, fixed.length);
		System.arraycopy(fixedWidths, 0, widths, 0, fixed.length);
		for (int p = 1; p <= PRIORITIES; p++) {
			headers[4 + p] = TicketLabels.priority(p) + " (own)";
			widths[4 + p] = 12;
		}
		cells.header(sheet, headers, widths);
		int r = 0;
		for (EntityLine line : entities) {
			Row row = sheet.createRow(++r);
			cells.number(row, 0, line.id());
			cells.text(row, 1, line.completename());
			cells.number(row, 2, line.level());
			cells.number(row, 3, line.open());
			cells.number(row, 4, line.openIncludingChildren());
			Map<Integer, Long> own = byPriority.getOrDefault(line.id(), Map.of());
			for (int p = 1; p <= PRIORITIES; p++) {
				cells.number(row, 4 + p, own.getOrDefault(p, 0L));
			}
		}
		Cells.autoFilter(sheet, r, headers.length);
		PrintLayout.apply(sheet, headers.length - 1, r, false);
	}

}
