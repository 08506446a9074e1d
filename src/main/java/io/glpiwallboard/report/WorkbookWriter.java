package io.glpiwallboard.report;

import java.io.IOException;
import java.nio.file.Path;

import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.system.WallboardProperties;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the workbook of one scope from the latest snapshot: Summary, Trend, Entities and the open
 * tickets. Every figure comes from that snapshot and the ticket list from the mirror it was taken
 * from, so the list and the totals agree.
 */
@Component
public class WorkbookWriter {

	/** Rows of the ticket sheet kept in memory before they are flushed to the temporary file. */
	private static final int WINDOW = 200;

	private final FiguresRepository figures;

	private final EntityPriorities priorities;

	private final OpenTickets tickets;

	private final ReportFiles files;

	private final GlpiLinks links;

	private final WallboardProperties wallboard;

	public WorkbookWriter(FiguresRepository figures, EntityPriorities priorities, OpenTickets tickets, ReportFiles files,
			GlpiLinks links, WallboardProperties wallboard) {
		this.figures = figures;
		this.priorities = priorities;
		this.tickets = tickets;
		this.files = files;
		this.links = links;
		this.wallboard = wallboard;
	}

	/**
	 * @param path where the file lands
	 * @param openTickets rows of the ticket sheet
	 * @param figures the snapshot figures of the scope, for whoever reports on the workbook
	 */
	public record Written(Path path, long openTickets, WallboardFigures figures) {
	}

	/**
	 * @param entity the scope's root entity, or null for everything
	 * @throws IllegalStateException when there is no snapshot yet or the entity is unknown
	 */
	public Written write(Long entity) throws IOException {
		WallboardFigures loaded = figures.load(entity, wallboard.historyDays())
			.orElseThrow(() -> new IllegalStateException(entity == null ? "no snapshot yet: run a sync first"
					: "not in the entity tree GLPI gives the service account (check report.recipients)"));
		ReportScope scope = ReportScope.of(figures.entityTree(), entity);
		Path target = files.workbook(loaded.day(), entity);
		long[] rows = { 0 };
		files.writeAtomically(target, out -> {
			try (XSSFWorkbook small = new XSSFWorkbook()) {
				Cells cells = new Cells(new WorkbookStyles(small), wallboard.zone());
				new SummarySheet(cells, links).write(small, loaded, scope.description());
				new TrendSheet(cells).write(small, loaded.trend());
				new EntitiesSheet(cells).write(small, loaded.entities(), priorities.own(loaded.day()));
				// the small sheets (and the chart, which SXSSF cannot draw) are built in memory; only the
				// ticket list, the one that grows, is streamed
				try (SXSSFWorkbook big = new SXSSFWorkbook(small, WINDOW)) {
					rows[0] = new OpenTicketsSheet(cells, links).write(big, tickets, scope.entities(), loaded.asOf());
					big.setActiveSheet(0);
					big.write(out);
				}
			}
		});
		return new Written(target, rows[0], loaded);
	}

}
