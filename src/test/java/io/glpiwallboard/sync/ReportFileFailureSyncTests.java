package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.sql.DataSource;

import io.glpiwallboard.cli.ExitCode;
import io.glpiwallboard.report.ReportFiles;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.testing.GlpiUnderTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * A report file that cannot be written is not a database failure: in {@code serve}, with
 * a database file as in production, the next scheduled sync must complete as if nothing
 * had happened.
 */
class ReportFileFailureSyncTests extends SimulatedGlpiSync {

	static final GlpiSimulator simulator = GlpiSimulator
		.start(SimulatorSettings.defaults().withTickets(600).withSeed(11L));

	static final Path database = Path.of("target/report-file-failure-db/wallboard");

	// a context of its own: the database is a file, as in production, and the reports
	// go to a folder of their own
	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws Exception {
		FileSystemUtils.deleteRecursively(database.getParent());
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:./" + database);
		registry.add("report.dir", () -> "target/test-reports/report-file-failure");
	}

	@Override
	protected GlpiUnderTest.Connection glpi() {
		return GlpiUnderTest.to(simulator);
	}

	@Autowired
	ReportFiles files;

	@Autowired
	DataSource dataSource;

	@Test
	void aReportFileThatCouldNotBeWrittenLeavesTheNextSyncCompletingWithExactFigures() throws Exception {
		// given: a folder stands where today's workbook goes
		Path workbook = files.workbook(LocalDate.now(ZoneId.of("Europe/Paris")), null);
		Files.deleteIfExists(workbook);
		Files.createDirectories(workbook.resolve("in-the-way"));
		SyncOutcome blocked;
		// and, as in 'serve', a connection in use meanwhile (a board page being read), so
		// the database stays open
		try (Connection reader = dataSource.getConnection()) {
			// when
			blocked = sync.run(SyncMode.FULL, false);
		}
		finally {
			FileSystemUtils.deleteRecursively(workbook);
		}
		simulator.data().createTicket("Opened between two syncs", 2);
		SyncOutcome next = sync.run(SyncMode.FULL, false);

		// then: the first run says which file is in the way; the next one mirrors GLPI
		// exactly
		assertThat(ExitCode.of(blocked)).as(blocked.message()).isEqualTo(ExitCode.STORAGE);
		assertThat(blocked.message())
			.isEqualTo("cannot write " + workbook + ": a file or folder of that name is in the way");
		assertThat(next.success()).as(next.message()).isTrue();
		assertThat(next.tickets()).isEqualTo(simulator.data().ticketCount());
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
		assertThat(MirrorAssertions.members(jdbc)).containsExactlyElementsOf(MirrorAssertions.membersTruth(simulator));
		assertThat(Files.isRegularFile(workbook)).isTrue();
		// and a third run, an incremental one as the schedule makes between full ones,
		// too
		assertThat(sync.run(SyncMode.INCREMENTAL, false).success()).isTrue();
	}

}
