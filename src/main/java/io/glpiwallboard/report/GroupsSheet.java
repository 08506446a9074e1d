package io.glpiwallboard.report;

import java.time.Duration;
import java.util.List;

import io.glpiwallboard.snapshot.TicketLabels;
import io.glpiwallboard.snapshot.GroupDirectory;
import io.glpiwallboard.snapshot.WallboardFigures.GroupLine;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * {@code Groups}: the load of each support group in the scope: open tickets, late, due
 * soon and waiting for a technician (assigned to the group, no technician assigned), and
 * a "No group" row.
 */
final class GroupsSheet {

	static final String NAME = "Groups";

	static final String NOTE = "A ticket assigned to two groups counts in both: the rows do not add up to the open total.";

	private final Cells cells;

	GroupsSheet(Cells cells) {
		this.cells = cells;
	}

	/**
	 * @param groups the snapshot's group lines of the scope, then its "No group" line if
	 * any; a line's unassigned tickets are those without a technician
	 */
	void write(Workbook workbook, List<GroupLine> groups, Duration dueSoon) {
		Sheet sheet = workbook.createSheet(NAME);
		String[] headers = { "ID", "Group", "Open", "Late", "Due within " + TicketLabels.duration(dueSoon),
				"Waiting for a technician" };
		cells.header(sheet, headers, new int[] { 8, 50, 10, 10, 17, 17 });
		int r = 0;
		for (GroupLine group : groups) {
			Row row = sheet.createRow(++r);
			if (group.id() != GroupDirectory.NO_GROUP) {
				cells.number(row, 0, group.id());
			}
			cells.text(row, 1, group.completename());
			cells.number(row, 2, group.open());
			cells.number(row, 3, group.late());
			cells.number(row, 4, group.dueSoon());
			cells.number(row, 5, group.unassigned());
		}
		Cells.autoFilter(sheet, r, headers.length);
		// below the filtered range, so sorting the table leaves it in place
		cells.text(sheet.createRow(r + 2), 1, NOTE);
		PrintLayout.apply(sheet, headers.length - 1, r + 2, false);
	}

}
