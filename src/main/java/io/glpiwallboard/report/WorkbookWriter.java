package io.glpiwallboard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.GroupWorkload;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.snapshot.SnapshotProperties;
import io.glpiwallboard.system.TimeZoneProperties;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the workbook of one scope from the latest snapshot: Summary, Trend, Entities, Groups and
 * the open tickets. Every figure comes from that snapshot, or, where the snapshots keep none (per
 * group), from the mirror it was taken from, like the ticket list, so the list and the totals agree.
 */
@Component
public class WorkbookWriter {

	/** Rows of the ticket sheet kept in memory before they are flushed to the temporary file. */
	private static final int WINDOW = 200;

	private final FiguresRepository figures;

	private final EntityPriorities priorities;

	private final GroupWorkload groups;

	private final OpenTickets tickets;

	private final ReportFiles files;

	private final GlpiLinks links;

	private final SnapshotProperties snapshots;

	private final TimeZoneProperties timeZone;

	public WorkbookWriter(FiguresRepository figures, EntityPriorities priorities, GroupWorkload groups, OpenTickets tickets,
			ReportFiles files, GlpiLinks links, SnapshotProperties snapshots, TimeZoneProperties timeZone) {
		this.figures = figures;
		this.priorities = priorities;
		this.groups = groups;
		this.tickets = tickets;
		this.files = files;
		this.links = links;
		this.snapshots = snapshots;
		this.timeZone = timeZone;
	}

	/**
	 * @param path where the file lands
	 * @param openTickets rows of the ticket sheet
	 * @param figures the snapshot figures of the scope, for whoever reports on the workbook
	 */
	public record Written(Path path, long openTickets, WallboardFigures figures) {
	}

	/** The workbook of everything or of an entity's slice; see {@link #write(Long, Long)}. */
	public Written write(Long entity) throws IOException {
		return write(entity, null);
	}

	/**
	 * @param entity the scope's root entity, or null for everything
	 * @param group only the tickets assigned to this group, or null for any
	 * @throws IllegalStateException when there is no snapshot yet or the entity or group is unknown
	 */
	public Written write(Long entity, Long group) throws IOException {
		WallboardFigures loaded = figures.load(entity, snapshots.historyDays())
			.orElseThrow(() -> new IllegalStateException(entity == null ? "no snapshot yet: run a sync first"
					: "not in the entity tree GLPI gives the service account (check report.recipients)"));
		var tree = figures.entityTree();
		ReportScope scope = ReportScope.of(tree, entity);
		Map<Long, Map<Integer, Long>> byPriority;
		if (group == null) {
			byPriority = priorities.own(loaded.day());
		}
		else {
			String name = groups.completename(group)
				.orElseThrow(() -> new IllegalStateException("not a group GLPI knows (check report.recipients)"));
			scope = ReportScope.of(tree, entity, group, name);
			byPriority = new HashMap<>();
			loaded = groups.figures(scope.tickets(), tree, loaded.day(), loaded.asOf(), byPriority);
		}
		WallboardFigures shown = loaded;
		ReportScope covered = scope;
		Path target = files.workbook(loaded.day(), entity, group);
		long[] rows = { 0 };
		files.writeAtomically(target, out -> {
			try (XSSFWorkbook small = new XSSFWorkbook()) {
				Cells cells = new Cells(new WorkbookStyles(small), timeZone.zone());
				new SummarySheet(cells, links).write(small, shown, covered,
						groups.headline(covered.tickets(), shown.asOf(), snapshots.dueSoon()), snapshots.dueSoon());
				new TrendSheet(cells).write(small, shown.trend());
				new EntitiesSheet(cells).write(small, shown.entities(), byPriority, entity == null);
				new GroupsSheet(cells).write(small, groups.groups(covered.tickets(), shown.asOf(), snapshots.dueSoon()),
						snapshots.dueSoon());
				// the small sheets (and the chart, which SXSSF cannot draw) are built in memory; only the
				// ticket list, the one that grows, is streamed
				try (SXSSFWorkbook big = new SXSSFWorkbook(small, WINDOW)) {
					rows[0] = new OpenTicketsSheet(cells, links).write(big, tickets, covered, shown.asOf());
					big.setActiveSheet(0);
					big.write(out);
				}
			}
		});
		return new Written(target, rows[0], shown);
	}

}
