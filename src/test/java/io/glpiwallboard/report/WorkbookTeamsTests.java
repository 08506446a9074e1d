package io.glpiwallboard.report;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.glpiwallboard.report.mail.MailPublisher;
import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.snapshot.SnapshotService;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workbook's teams and service levels, against a hand-checked mirror (as of Monday
 * 2026-03-30 12:00 Paris time, 10:00 UTC; due soon = 24 h): <pre>
 * id entity  status  groups          technicians  supplier  time to resolve (UTC)   note
 *  1  1      2       10              Alice                  03-30 09:00             late
 *  2  1      2       10, 11          -                      03-30 10:00             exactly as-of: due soon, not late
 *  3  3      2       11              Bob                    03-31 09:59             due soon
 *  4  3      2       -               Alice                  03-31 10:00             exactly as-of + 24 h: not due soon
 *  5  3      2       -               -            Acme      -                       supplier only: assigned
 *  6  99     2       12              -                      03-29 10:00             late; entity unknown to the mirror
 *  7  -      1       -               -                      -                       no entity; unassigned
 *  8  1      5       10              Alice                  03-20 10:00             solved: counts nowhere
 *  9  1      1       -               -                      -                       observers only (never stored): unassigned
 * 10  1      1 (trashed) 10          -                      03-20 10:00             counts nowhere
 * </pre> Entities: 0 Root, 1 Root &gt; Paris, 3 Root &gt; Lyon. Groups: 10 Support, 11
 * Support &gt; N2 &lt;Net &amp; "Core"&gt; (child of 10), 12 Desk.
 */
// A context of its own: the recipients, the mail server, glpi.url (the links) and
// wallboard.history-days are bound at start-up.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "schedule.enabled=false", "spring.datasource.url=jdbc:h2:mem:workbook-teams;DB_CLOSE_DELAY=-1",
				"wallboard.time-zone=Europe/Paris", "wallboard.history-days=5", "report.dir=target/test-reports/teams",
				"glpi.url=https://glpi.example.org/api.php", "spring.mail.host=127.0.0.1",
				"report.mail.from=wallboard@example.org", "report.recipients[0].group=10",
				"report.recipients[0].to=support-lead@example.org" })
class WorkbookTeamsTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final Instant AS_OF = Instant.parse("2026-03-30T10:00:00Z");

	static final String N2 = "Support > N2 <Net & \"Core\">";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SnapshotService snapshots;

	@Autowired
	WorkbookWriter writer;

	@Autowired
	WorkbookPublisher workbooks;

	@Autowired
	MailPublisher mails;

	@BeforeEach
	void mirror() {
		for (String table : new String[] { "snapshot_open", "snapshot_age", "snapshot_oldest", "snapshot_entity_day",
				"snapshot_day", "glpi_ticket_member", "glpi_group", "glpi_ticket", "glpi_entity" }) {
			jdbc.update("DELETE FROM " + table);
		}
		entity(0, "Root", null, 1);
		entity(1, "Root > Paris", 0L, 2);
		entity(3, "Root > Lyon", 0L, 2);
		group(10, "Support", "Support", null, 1);
		group(11, "N2 <Net & \"Core\">", N2, 10L, 2);
		group(12, "Desk", "Desk", null, 1);
		ticket(1, 1L, 2, false, "2026-03-30T09:00:00Z");
		ticket(2, 1L, 2, false, "2026-03-30T10:00:00Z");
		ticket(3, 3L, 2, false, "2026-03-31T09:59:00Z");
		ticket(4, 3L, 2, false, "2026-03-31T10:00:00Z");
		ticket(5, 3L, 2, false, null);
		ticket(6, 99L, 2, false, "2026-03-29T10:00:00Z");
		ticket(7, null, 1, false, null);
		ticket(8, 1L, 5, false, "2026-03-20T10:00:00Z");
		ticket(9, 1L, 1, false, null);
		ticket(10, 1L, 1, true, "2026-03-20T10:00:00Z");
		member(1, "Group", 10, "Support");
		member(1, "User", 100, "Alice");
		member(2, "Group", 10, "Support");
		member(2, "Group", 11, "N2 <Net & \"Core\">");
		member(3, "Group", 11, "N2 <Net & \"Core\">");
		member(3, "User", 101, "Bob");
		member(4, "User", 100, "Alice");
		member(5, "Supplier", 500, "Acme");
		member(6, "Group", 12, "Desk");
		member(8, "Group", 10, "Support");
		member(8, "User", 100, "Alice");
		member(10, "Group", 10, "Support");
		snapshots.recordObserved(AS_OF);
	}

	@Test
	void theEntityRowsAddUpToTheTotalWithRowsForUnknownAndMissingEntities() throws Exception {
		// when
		try (XSSFWorkbook workbook = open(writer.write(null))) {
			// then: Paris 1, 2, 9; Lyon 3, 4, 5; #99: 6; none: 7
			List<String> rows = rows(workbook.getSheet(EntitiesSheet.NAME), 1, 3);
			assertThat(rows).containsExactly("Root|0", "Root > Lyon|3", "Root > Paris|3", "Unknown entity #99|1",
					"No entity|1");
			assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.substring(r.indexOf('|') + 1))).sum())
				.isEqualTo((long) WorkbookReader.summary(workbook, "Open tickets"))
				.isEqualTo(8);
		}
	}

	@Test
	void theSummaryCountsUnassignedLateAndDueSoonTickets() throws Exception {
		// when
		try (XSSFWorkbook workbook = open(writer.write(null))) {
			// then: unassigned 7, 9 (a supplier or an observer-only ticket: 5 is
			// assigned, 9 is not);
			// late 1, 6 (2 is due exactly at the as-of time); due soon 2, 3 (4 is due
			// exactly 24 h later)
			assertThat(WorkbookReader.summary(workbook, "Unassigned")).isEqualTo(2);
			assertThat(WorkbookReader.summary(workbook, "Late")).isEqualTo(2);
			assertThat(WorkbookReader.summary(workbook, "Due within 24 h")).isEqualTo(2);
		}
	}

	@Test
	void theGroupsSheetListsEachGroupsLoadAndTheTicketsOfNoGroup() throws Exception {
		// when
		try (XSSFWorkbook workbook = open(writer.write(null))) {
			// then: id | group | open | late | due soon | waiting for a technician
			Sheet sheet = workbook.getSheet(GroupsSheet.NAME);
			assertThat(header(sheet)).containsExactly("ID", "Group", "Open", "Late", "Due within 24 h",
					"Waiting for a technician");
			assertThat(rows(sheet, 0, 1, 2, 3, 4, 5)).containsExactly("10|Support|2|1|1|1", "11|" + N2 + "|2|0|2|1",
					"12|Desk|1|1|0|1", "|No group|4|0|0|3");
			assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(1).getStringCellValue()).isEqualTo(GroupsSheet.NOTE);
		}
	}

	@Test
	void theOpenTicketsSheetShowsGroupsTechniciansAndTheDeadline() throws Exception {
		// when
		try (XSSFWorkbook workbook = open(writer.write(null))) {
			Sheet sheet = workbook.getSheet(OpenTicketsSheet.NAME);
			// then
			assertThat(header(sheet).subList(OpenTicketsSheet.GROUPS, OpenTicketsSheet.LATE + 1))
				.containsExactly("Assigned groups", "Technicians", "Due", "Late");
			assertThat(WorkbookReader.ticketIds(workbook)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 9L);
			Row one = row(sheet, 1);
			assertThat(one.getCell(OpenTicketsSheet.GROUPS).getStringCellValue()).isEqualTo("Support");
			assertThat(one.getCell(OpenTicketsSheet.TECHNICIANS).getStringCellValue()).isEqualTo("Alice");
			Cell due = one.getCell(OpenTicketsSheet.DUE);
			assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
			// shown in wallboard.time-zone, like every date of the workbook
			assertThat(due.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2026-03-30T11:00:00"));
			assertThat(one.getCell(OpenTicketsSheet.LATE).getStringCellValue()).isEqualTo("yes");
			Row two = row(sheet, 2);
			assertThat(two.getCell(OpenTicketsSheet.GROUPS).getStringCellValue()).isEqualTo("Support, " + N2);
			assertThat(two.getCell(OpenTicketsSheet.TECHNICIANS)).isNull();
			assertThat(two.getCell(OpenTicketsSheet.LATE).getStringCellValue()).isEqualTo("no");
			Row seven = row(sheet, 7);
			assertThat(seven.getCell(2).getStringCellValue()).isEqualTo("No entity");
			assertThat(seven.getCell(OpenTicketsSheet.DUE)).isNull();
			assertThat(seven.getCell(OpenTicketsSheet.LATE).getStringCellValue()).isEqualTo("no");
			assertThat(row(sheet, 6).getCell(2).getStringCellValue()).isEqualTo("Unknown entity #99");
		}
	}

	@Test
	void aGroupsWorkbookHoldsTheTicketsAssignedToTheGroup() throws Exception {
		// when
		WorkbookWriter.Written written = writer.write(null, 10L);
		// then: 1 and 2 (8 is solved, 10 trashed); 2 has no technician
		assertThat(written.path().getFileName().toString()).isEqualTo("glpi-report-2026-03-30-group-10.xlsx");
		try (XSSFWorkbook workbook = open(written)) {
			assertThat(WorkbookReader.ticketIds(workbook)).containsExactly(1L, 2L);
			assertThat(WorkbookReader.summary(workbook, "Open tickets")).isEqualTo(2);
			assertThat(WorkbookReader.summary(workbook, "Waiting for a technician")).isEqualTo(1);
			assertThat(WorkbookReader.summary(workbook, "Late")).isEqualTo(1);
			assertThat(WorkbookReader.summary(workbook, "Due within 24 h")).isEqualTo(1);
			assertThat(workbook.getSheet(SummarySheet.NAME).getRow(2).getCell(1).getStringCellValue())
				.isEqualTo("Support (tickets assigned to group 10)");
			assertThat(rows(workbook.getSheet(GroupsSheet.NAME), 0, 1, 2, 3, 4, 5))
				.containsExactly("10|Support|2|1|1|1", "11|" + N2 + "|1|0|1|1");
			assertThat(rows(workbook.getSheet(EntitiesSheet.NAME), 1, 3)).containsExactly("Root|0", "Root > Paris|2");
		}
	}

	@Test
	void aGroupWithinAnEntityHoldsOnlyTheGroupsTicketsOfThatEntity() throws Exception {
		// when
		WorkbookWriter.Written written = writer.write(3L, 11L);
		// then: 3 only (2 is in Paris)
		assertThat(written.path().getFileName().toString()).isEqualTo("glpi-report-2026-03-30-entity-3-group-11.xlsx");
		try (XSSFWorkbook workbook = open(written)) {
			assertThat(WorkbookReader.ticketIds(workbook)).containsExactly(3L);
			assertThat(WorkbookReader.summary(workbook, "Open tickets")).isEqualTo(1);
			assertThat(WorkbookReader.summary(workbook, "Due within 24 h")).isEqualTo(1);
			assertThat(WorkbookReader.summary(workbook, "Late")).isZero();
			assertThat(workbook.getSheet(SummarySheet.NAME).getRow(2).getCell(1).getStringCellValue())
				.isEqualTo(N2 + " in Root > Lyon (tickets assigned to group 11, in entity 3, with its sub-entities)");
		}
	}

	@Test
	void aRecipientNamingAGroupIsMailedTheGroupsWorkbookAndFigures() throws Exception {
		// given
		SnapshotPublisher.Request run = new SnapshotPublisher.Request(LocalDate.parse("2026-03-30"), AS_OF, true, true);
		// when
		workbooks.publish(run);
		mails.publish(run);
		// then
		MimeMessage mail = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
		assertThat(mail.getSubject()).isEqualTo("GLPI report 2026-03-30 - Support: 2 open");
		Multipart mixed = (Multipart) mail.getContent();
		BodyPart attachment = mixed.getBodyPart(1);
		assertThat(attachment.getFileName()).isEqualTo("glpi-report-2026-03-30-group-10.xlsx");
		try (InputStream in = attachment.getInputStream(); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(WorkbookReader.ticketIds(workbook)).containsExactly(1L, 2L);
		}
		// one day of figures per group: no line to draw, so no chart
		Multipart related = (Multipart) ((Multipart) mixed.getBodyPart(0).getContent()).getBodyPart(1).getContent();
		assertThat(related.getCount()).isEqualTo(1);
		String text = ((Multipart) mixed.getBodyPart(0).getContent()).getBodyPart(0).getContent().toString();
		assertThat(text).contains("GLPI report 2026-03-30 - Support").doesNotContain("Line chart");
		// the group's headline from the snapshot: 2 has no technician; 1 is late; 2 is
		// due exactly at
		// the as-of time, so due soon and not late
		assertThat(text).contains("Unassigned:    1", "Late:          1", "Due in 24 h: 1");
	}

	@Test
	void anUnknownGroupIsRefusedWithoutWritingAWorkbook() {
		// when / then
		assertThatThrownBy(() -> writer.write(null, 999L)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("report.recipients");
		assertThat(Path.of("target/test-reports/teams/glpi-report-2026-03-30-group-999.xlsx")).doesNotExist();
	}

	@Test
	void workbooksAreReadableByTheOwnersGroupOnly() throws Exception {
		// when
		Path path = writer.write(null).path();
		// then: report.file-mode's default, 0640
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-r-----");
	}

	private static XSSFWorkbook open(WorkbookWriter.Written written) throws Exception {
		return WorkbookReader.open(written.path());
	}

	private static List<String> header(Sheet sheet) {
		List<String> names = new ArrayList<>();
		sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
		return names;
	}

	/**
	 * The table's rows (up to the first empty one) as "a|b|c", values of the given
	 * columns.
	 */
	private static List<String> rows(Sheet sheet, int... columns) {
		List<String> rows = new ArrayList<>();
		for (int r = 1; sheet.getRow(r) != null; r++) {
			List<String> cells = new ArrayList<>();
			for (int c : columns) {
				Cell cell = sheet.getRow(r).getCell(c);
				cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
						? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue());
			}
			rows.add(String.join("|", cells));
		}
		return rows;
	}

	private static Row row(Sheet sheet, long ticket) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == ticket) {
				return row;
			}
		}
		throw new AssertionError("no row for ticket " + ticket);
	}

	private void entity(long id, String completename, Long parent, int level) {
		jdbc.update(
				"INSERT INTO glpi_entity (id, name, completename, parent_id, level, last_seen_run) VALUES (?, ?, ?, ?, ?, 1)",
				id, completename.substring(completename.lastIndexOf('>') + 1).trim(), completename, parent, level);
	}

	private void group(long id, String name, String completename, Long parent, int level) {
		jdbc.update(
				"INSERT INTO glpi_group (id, name, completename, parent_id, level, last_seen_run) VALUES (?, ?, ?, ?, ?, 1)",
				id, name, completename, parent, level);
	}

	private void ticket(long id, Long entity, int status, boolean trashed, String timeToResolve) {
		OffsetDateTime opened = OffsetDateTime.parse("2026-03-20T09:00:00+01:00");
		jdbc.update(
				"""
						INSERT INTO glpi_ticket (id, title, entity_id, status, priority, type, is_deleted, opened_at, modified_at,
						  opened_day, last_seen_run, time_to_resolve) VALUES (?, ?, ?, ?, 3, 1, ?, ?, ?, ?, 1, ?)""",
				id, "Ticket " + id, entity, status, trashed, opened, opened,
				opened.atZoneSameInstant(PARIS).toLocalDate(),
				timeToResolve == null ? null : Instant.parse(timeToResolve).atZone(PARIS).toOffsetDateTime());
	}

	private void member(long ticket, String type, long id, String name) {
		jdbc.update(
				"INSERT INTO glpi_ticket_member (ticket_id, member_type, member_id, member_name) VALUES (?, ?, ?, ?)",
				ticket, type, id, name);
	}

}
