package io.glpiwallboard.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import io.glpiwallboard.snapshot.TicketLabels;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimTicket;
import io.glpiwallboard.sync.SyncMode;
import io.glpiwallboard.sync.SyncOutcome;
import io.glpiwallboard.sync.SyncService;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

// A context of its own: wallboard.history-days and report.dir (whose files the tests
// list) are bound at start-up.
@SpringBootTest(properties = { "schedule.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:report-workbook;DB_CLOSE_DELAY=-1",
		"report.dir=target/test-reports/workbook", "wallboard.time-zone=Europe/Paris", "wallboard.history-days=40" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookPublisherTests {

	static final GlpiSimulator glpi = SimulatedGlpiForTests.start(800);

	static final ZoneId PARIS_TIME = ZoneId.of("Europe/Paris");

	@DynamicPropertySource
	static void glpi(DynamicPropertyRegistry registry) {
		SimulatedGlpiForTests.register(registry, glpi);
	}

	@Autowired
	SyncService sync;

	@Autowired
	WorkbookWriter writer;

	@Autowired
	ReportFiles files;

	SyncOutcome outcome;

	XSSFWorkbook all;

	@BeforeAll
	void fullRun() throws Exception {
		outcome = sync.run(SyncMode.FULL, false);
		all = WorkbookReader.open(files.workbook(java.time.LocalDate.now(PARIS_TIME), null));
	}

	@AfterAll
	void stop() throws Exception {
		all.close();
		glpi.close();
	}

	@Test
	void aFullRunWritesTodaysWorkbookWithItsFiveSheetsAndNoLeftovers() throws Exception {
		// given / when: the full run of @BeforeAll
		// then
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(WorkbookReader.sheetNames(all)).containsExactly("Summary", "Trend", "Entities", "Groups",
				"Open tickets");
		try (Stream<Path> left = Files.list(Path.of("target/test-reports/workbook"))) {
			assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
		}
	}

	@Test
	void everyOpenTicketIsListedExactlyOnce() {
		// given
		var truth = SimulatedGlpiForTests.openTicketIds(glpi, null);
		// when
		List<Long> listed = WorkbookReader.ticketIds(all);
		// then
		assertThat(listed).hasSize(truth.size());
		assertThat(new HashSet<>(listed)).isEqualTo(truth);
		assertThat(WorkbookReader.summary(all, "Open tickets")).isEqualTo(truth.size());
	}

	@Test
	void ticketCellsAreTypedAndLinkedToGlpi() {
		// given
		Sheet sheet = all.getSheet("Open tickets");
		Row first = sheet.getRow(1);
		long id = (long) first.getCell(0).getNumericCellValue();
		SimTicket ticket = glpi.data().ticket(id).orElseThrow();
		// when
		Cell idCell = first.getCell(0);
		Cell opened = first.getCell(7);
		Cell priority = first.getCell(4);
		// then: the id is a number that links to the ticket, without the GLPI credentials
		assertThat(idCell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
		assertThat(idCell.getCellFormula()).isEqualTo("HYPERLINK(GlpiTicketLink&" + id + "," + id + ")");
		assertThat(all.getCreationHelper().createFormulaEvaluator().evaluate(idCell).getNumberValue()).isEqualTo(id);
		assertThat(all.getName("GlpiTicketLink").getRefersToFormula())
			.isEqualTo("\"" + glpi.baseUrl().replace("/api.php", "") + "/front/ticket.form.php?id=\"");
		assertThat(first.getCell(1).getStringCellValue()).isEqualTo(ticket.name());
		assertThat(opened.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(opened)).isTrue();
		assertThat(opened.getLocalDateTimeCellValue()).isCloseTo(LocalDateTime.ofInstant(ticket.date(), PARIS_TIME),
				org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));
		assertThat(first.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(first.getCell(9))).isTrue();
		assertThat(priority.getNumericCellValue()).isEqualTo(ticket.priority());
		assertThat(new DataFormatter().formatCellValue(priority)).isEqualTo(TicketLabels.priority(ticket.priority()));
		assertThat(first.getCell(3).getStringCellValue()).isEqualTo(TicketLabels.status(ticket.status()));
	}

	@Test
	void textThatLooksLikeAFormulaStaysText() {
		// given: the simulator's titles include "=1+1", "=HYPERLINK(...)", "+33 ...",
		// "-5°C ...", "@channel ..."
		Sheet sheet = all.getSheet("Open tickets");
		int formulaLike = 0;
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			// when
			Cell title = row.getCell(1);
			// then
			assertThat(title.getCellType()).isEqualTo(CellType.STRING);
			String expected = glpi.data().ticket((long) row.getCell(0).getNumericCellValue()).orElseThrow().name();
			assertThat(title.getStringCellValue()).isEqualTo(expected);
			if ("=+-@".indexOf(expected.charAt(0)) >= 0) {
				formulaLike++;
				assertThat(title.getCellStyle().getQuotePrefixed()).as(expected).isTrue();
			}
			for (int c = 1; c < row.getLastCellNum(); c++) {
				assertThat(row.getCell(c) == null ? CellType.BLANK : row.getCell(c).getCellType())
					.isNotEqualTo(CellType.FORMULA);
			}
		}
		assertThat(formulaLike).isPositive();
	}

	@Test
	void anEntityWorkbookHoldsExactlyThatEntityAndItsDescendants() throws Exception {
		// given
		var truth = SimulatedGlpiForTests.openTicketIds(glpi, SimulatedGlpiForTests.PARIS);
		var entities = glpi.data().entityScope(SimulatedGlpiForTests.PARIS, true);
		// when
		WorkbookWriter.Written written = writer.write(SimulatedGlpiForTests.PARIS);
		// then
		assertThat(written.path().getFileName().toString()).endsWith("-entity-1.xlsx");
		try (XSSFWorkbook paris = WorkbookReader.open(written.path())) {
			List<Long> listed = WorkbookReader.ticketIds(paris);
			assertThat(listed).hasSize(truth.size());
			assertThat(new HashSet<>(listed)).isEqualTo(truth);
			assertThat(WorkbookReader.summary(paris, "Open tickets")).isEqualTo(truth.size());
			Sheet sheet = paris.getSheet("Entities");
			HashSet<Long> shown = new HashSet<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					shown.add((long) row.getCell(0).getNumericCellValue());
				}
			}
			assertThat(shown).isEqualTo(entities);
			assertThat(paris.getSheet("Summary").getRow(2).getCell(1).getStringCellValue())
				.startsWith("Root entity > Paris");
		}
	}

	@Test
	void theTrendSheetHasOneDatedRowPerDayAndANativeChart() {
		// given
		XSSFSheet trend = all.getSheet("Trend");
		// when
		Row today = trend.getRow(trend.getLastRowNum());
		// then
		assertThat(DateUtil.isCellDateFormatted(today.getCell(0))).isTrue();
		assertThat(today.getCell(0).getLocalDateTimeCellValue().toLocalDate())
			.isEqualTo(java.time.LocalDate.now(PARIS_TIME));
		assertThat(today.getCell(1).getNumericCellValue()).isEqualTo(WorkbookReader.summary(all, "Open tickets"));
		assertThat(today.getCell(5).getStringCellValue()).isEqualTo("no");
		assertThat(trend.getDrawingPatriarch().getCharts()).hasSize(1);
		assertThat(trend.getPaneInformation().isFreezePane()).isTrue();
		assertThat(trend.getCTWorksheet().isSetAutoFilter()).isTrue();
	}

	@Test
	void theTrendChartDrawsItsLineInLibreOffice() throws Exception {
		// given: today's workbook as LibreOffice prints it
		LibreOffice.Printed printed = printed();
		// when: the pixels of the series' colour, page by page
		List<LibreOffice.ColourArea> areas = printed.pages()
			.stream()
			.map(page -> LibreOffice.ColourArea.of(page, TrendSheet.SERIES_RGB, 20))
			.toList();
		// then: one page, the Trend sheet's, holds a line running across the plot
		// (before: axes and
		// a legend, no line)
		List<Integer> drawn = java.util.stream.IntStream.range(0, areas.size())
			.filter(i -> areas.get(i).pixels() > 0)
			.boxed()
			.toList();
		assertThat(drawn).as("pages with the series colour").hasSize(1);
		int page = drawn.get(0);
		LibreOffice.ColourArea line = areas.get(page);
		assertThat(footerSheet(printed.texts().get(page))).isEqualTo("Trend");
		assertThat(printed.texts().get(page)).contains("Open tickets");
		assertThat(line.width()).as("width of the line").isGreaterThan(printed.pages().get(page).getWidth() / 4);
		assertThat(line.columns()).as("pixel columns the line crosses").isGreaterThan(line.width() * 9 / 10);
	}

	@Test
	void theWorkbookPrintsLandscapeWithTheSummaryOnOnePageAndTheHeadersOnEveryPage() throws Exception {
		// given
		LibreOffice.Printed printed = printed();
		// when
		List<String> sheets = printed.texts().stream().map(WorkbookPublisherTests::footerSheet).toList();
		// then: every page is landscape and names its sheet; the Summary and the chart
		// fit one page each
		assertThat(printed.pages()).allSatisfy(p -> assertThat(p.getWidth()).isGreaterThan(p.getHeight()));
		assertThat(sheets.stream().distinct()).containsExactly("Summary", "Trend", "Entities", "Groups",
				"Open tickets");
		assertThat(sheets.stream().filter("Summary"::equals)).hasSize(1);
		assertThat(printed.texts().get(0)).contains("Data as of").contains("Detail").contains("Open by type: Request");
		assertThat(sheets.stream().filter("Trend"::equals)).hasSize(1);
		// every page of the ticket list starts with the header row, all columns on the
		// page
		for (int i = 0; i < sheets.size(); i++) {
			if (sheets.get(i).equals("Open tickets")) {
				assertThat(printed.texts().get(i)).as("page " + (i + 1)).contains("Title").contains("Last update");
			}
		}
		for (int s = 0; s < all.getNumberOfSheets(); s++) {
			Sheet sheet = all.getSheetAt(s);
			assertThat(all.getPrintArea(s)).as(sheet.getSheetName()).isNotNull();
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
		}
	}

	private LibreOffice.Printed printed;

	private LibreOffice.Printed printed() throws Exception {
		if (printed == null) {
			Path workbook = files.workbook(java.time.LocalDate.now(PARIS_TIME), null);
			printed = LibreOffice.print(workbook, Path.of("target/test-reports/libreoffice"), 100);
		}
		return printed;
	}

	/**
	 * The sheet a printed page belongs to, from its footer ("&lt;sheet&gt; Page n of m").
	 */
	private static String footerSheet(String pageText) {
		List<String> lines = pageText.lines().filter(l -> !l.isBlank()).toList();
		String footer = lines.get(lines.size() - 1).trim();
		assertThat(footer).matches(".*Page \\d+ of \\d+");
		return footer.replaceAll("\\s*Page \\d+ of \\d+$", "");
	}

}
