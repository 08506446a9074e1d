package io.glpiwallboard.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * {@code Entities}: every entity of the scope with its open tickets, its own and with its
 * children; the priority columns split its own tickets by GLPI's six priorities. In a workbook of
 * all entities, tickets whose entity is not in GLPI's entity list (created after it was read, not
 * readable by the account, deleted) get an "Unknown entity #id" row and tickets without an entity a
 * "No entity" row, so the own counts always add up to the open total.
 */
final class EntitiesSheet {

	static final String NAME = "Entities";

	static final int PRIORITIES = 6;

	private final Cells cells;

	EntitiesSheet(Cells cells) {
		this.cells = cells;
	}

	static final String NO_ENTITY = "No entity";

	static String unknown(long id) {
		return "Unknown entity #" + id;
	}

	/**
	 * @param byPriority entity id ({@code -1}: none) -> priority -> open tickets of the entity itself
	 * @param everything whether the scope is every ticket: then tickets outside the entity tree get rows
	 */
	void write(Workbook workbook, List<EntityLine> entities, Map<Long, Map<Integer, Long>> byPriority, boolean everything) {
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
		List<EntityLine> lines = new ArrayList<>(entities);
		if (everything) {
			lines.addAll(outsideTheTree(entities, byPriority));
		}
		int r = 0;
		for (EntityLine line : lines) {
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

	/** Rows (level 0) for the open tickets of entities missing from the tree, and of none, by id. */
	private static List<EntityLine> outsideTheTree(List<EntityLine> entities, Map<Long, Map<Integer, Long>> byPriority) {
		Set<Long> shown = new HashSet<>();
		entities.forEach(line -> shown.add(line.id()));
		List<EntityLine> rows = new ArrayList<>();
		new TreeMap<>(byPriority).forEach((id, priorities) -> {
			long open = priorities.values().stream().mapToLong(Long::longValue).sum();
			if (!shown.contains(id) && open > 0) {
				String name = id < 0 ? NO_ENTITY : unknown(id);
				rows.add(new EntityLine(id, name, 0, open, open));
			}
		});
		// "No entity" last, after the unknown ids
		rows.sort(Comparator.comparing((EntityLine line) -> line.id() < 0));
		return rows;
	}

}
