package io.glpiwallboard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.OpenTickets;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;
import io.glpiwallboard.snapshot.WallboardFigures.GroupLine;
import io.glpiwallboard.snapshot.SnapshotProperties;
import io.glpiwallboard.system.TimeZoneProperties;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the workbook of one scope from the latest snapshot: Summary, Trend, Entities,
 * Groups and the open tickets. Every figure is the snapshot's
 * ({@link FiguresRepository}), the ticket list comes from the mirror that snapshot was
 * taken from, so the list and the totals agree.
 */
@Component
public class WorkbookWriter {

	/**
	 * Rows of the ticket sheet kept in memory before they are flushed to the temporary
	 * file.
	 */
	private static final int WINDOW = 200;

	private final FiguresRepository figures;

	private final OpenTickets tickets;

	private final ReportFiles files;

	private final GlpiLinks links;

	private final SnapshotProperties snapshots;

	private final TimeZoneProperties timeZone;

	public WorkbookWriter(FiguresRepository figures, OpenTickets tickets, ReportFiles files, GlpiLinks links,
			SnapshotProperties snapshots, TimeZoneProperties timeZone) {
		this.figures = figures;
		this.tickets = tickets;
		this.files = files;
		this.links = links;
		this.snapshots = snapshots;
		this.timeZone = timeZone;
	}

	/**
	 * @param path where the file lands
	 * @param openTickets rows of the ticket sheet
	 * @param figures the snapshot figures of the scope, for whoever reports on the
	 * workbook
	 */
	public record Written(Path path, long openTickets, WallboardFigures figures) {
	}

	/**
	 * The workbook of everything or of an entity's slice; see {@link #write(Long, Long)}.
	 */
	public Written write(Long entity) throws IOException {
		return write(entity, null);
	}

	/**
	 * @param entity the scope's root entity, or null for everything
	 * @param group only the tickets assigned to this group, or null for any
	 * @throws IllegalStateException when there is no snapshot yet or the entity or group
	 * is unknown
	 */
	public Written write(Long entity, Long group) throws IOException {
		Scope scope = new Scope(entity, group);
		WallboardFigures shown = figures.forScope(scope, snapshots.historyDays()).orElseThrow(() -> unknown(scope));
		String name = figures.name(scope);
		Map<Long, Map<Integer, Long>> byPriority = figures.ownOpenByPriority(shown);
		// a group's workbook lists the entities where the group has tickets, not the
		// whole tree
		List<EntityLine> entities = scope.isGroup()
				? shown.entities().stream().filter(e -> e.openIncludingChildren() > 0).toList() : shown.entities();
		List<GroupLine> groups = new ArrayList<>(shown.groups());
		figures.withoutGroup(shown).ifPresent(groups::add);
		Path target = files.workbook(shown.day(), entity, group);
		long[] rows = { 0 };
		files.writeAtomically(target, out -> {
			try (XSSFWorkbook small = new XSSFWorkbook()) {
				Cells cells = new Cells(new WorkbookStyles(small), timeZone.zone());
				new SummarySheet(cells, links).write(small, shown, name, snapshots.dueSoon());
				new TrendSheet(cells).write(small, shown.trend());
				new EntitiesSheet(cells).write(small, entities, byPriority);
				new GroupsSheet(cells).write(small, groups, snapshots.dueSoon());
				// the small sheets (and the chart, which SXSSF cannot draw) are built in
				// memory; only the
				// ticket list, the one that grows, is streamed
				try (SXSSFWorkbook big = new SXSSFWorkbook(small, WINDOW)) {
					rows[0] = new OpenTicketsSheet(cells, links).write(big, tickets, scope, shown.asOf());
					big.setActiveSheet(0);
					big.write(out);
				}
			}
		});
		return new Written(target, rows[0], shown);
	}

	private IllegalStateException unknown(Scope scope) {
		if (figures.latestObserved().isEmpty()) {
			return new IllegalStateException("no snapshot yet: run a sync first");
		}
		if (scope.entityId() != null && figures.entityTree().get(scope.entityId()).isEmpty()) {
			return new IllegalStateException(
					"not in the entity tree GLPI gives the service account (check report.recipients)");
		}
		return new IllegalStateException("not a group GLPI knows (check report.recipients)");
	}

}
