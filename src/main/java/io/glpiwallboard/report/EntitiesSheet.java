package io.glpiwallboard.report;

import java.util.List;
import java.util.Map;

import io.glpiwallboard.snapshot.TicketLabels;
import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * {@code Entities}: every entity of the scope with its open tickets, its own and with its
 * children; the priority columns split its own tickets by GLPI's six priorities. Tickets
 * whose entity is not in GLPI's entity list and tickets without an entity have rows of
 * their own in the snapshot's figures
 * ({@link io.glpiwallboard.snapshot.EntityTree#label(long)}), so the own counts always
 * add up to the open total.
 */
final class EntitiesSheet {

	static final String NAME = "Entities";

	static final int PRIORITIES = 6;

	private final Cells cells;

	EntitiesSheet(Cells cells) {
		this.cells = cells;
	}

	/**
	 * @param entities the rows, as the snapshot's figures list them
	 * @param byPriority entity id ({@code -1}: none) -> priority -> open tickets of the
	 * entity itself
	 */
	void write(Workbook workbook, List<EntityLine> entities, Map<Long, Map<Integer, Long>> byPriority) {
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
			if (line.level() > 0) {
				cells.number(row, 0, line.id());
				cells.number(row, 2, line.level());
			}
			else if (line.id() >= 0) {
				cells.number(row, 0, line.id());
			}
			cells.text(row, 1, line.completename());
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
