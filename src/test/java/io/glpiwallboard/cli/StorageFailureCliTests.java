package io.glpiwallboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.glpiwallboard.cli.CommandLine.Result;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorSettings;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A full disk, at whatever phase of {@code run} or {@code refresh} it strikes, gives one
 * line naming the cause and the file, exit code 8, and leaves the published figures as
 * they were; the run history keeps the reason.
 */
class StorageFailureCliTests {

	private static final AtomicInteger folders = new AtomicInteger();

	static final GlpiSimulator simulator = GlpiSimulator.start(SimulatorSettings.defaults().withTickets(300));

	private final String name = "target/test-db/storage-" + ProcessHandle.current().pid() + "-"
			+ folders.incrementAndGet();

	/** H2 wants "./" before a relative path. */
	private final Path dir = Path.of("./" + name);

	/** As Spring binds report.dir, and as messages name it: without "./". */
	private final Path reports = Path.of(name, "reports");

	private Path mounted;

	@AfterEach
	void cleanUp() throws Exception {
		StorageFaults.reset();
		if (mounted != null) {
			unmount(mounted);
		}
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void aFullDiskDuringTheMigrationAtStartIsOneLine() {
		// given: the disk fills up while the database schema is created
		StorageFaults.failFrom("(?i)^\\s*CREATE TABLE", false);

		// when
		Result result = run("run");

		// then
		assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.STORAGE);
		assertThat(result.errorLine())
			.isEqualTo("glpi-wallboard: error: cannot write the database " + databaseFile() + ": the disk is full");
	}

	@Test
	void aFullDiskWhileMirroringTicketsLeavesMirrorAndFiguresAndTheNextRunSaysWhy() throws Exception {
		// given: a good run, then GLPI changes and the disk fills up at the first ticket
		// written
		succeeds(run("run"));
		String figures = figures();
		String mirror = mirror();
		simulator.data().createTicket("Printer on fire", simulator.data().entities().get(0).id());
		StorageFaults.failFrom("MERGE INTO glpi_ticket", true);

		// when
		Result result = run("run");

		// then
		assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.STORAGE);
		assertThat(result.errorLine())
			.isEqualTo("glpi-wallboard: error: cannot write the database " + databaseFile() + ": the disk is full");
		assertThat(figures()).isEqualTo(figures);
		assertThat(mirror()).isEqualTo(mirror);

		// and when: space is back; the failed run could not record why itself (every
		// write failed)
		StorageFaults.reset();
		succeeds(run("refresh"));

		// then: the history names the cause instead of "interrupted"
		assertThat(runHistory()).startsWith("COMPLETED: ")
			.contains("ABANDONED: interrupted: cannot write the database " + databaseFile() + ": the disk is full");
	}

	@Test
	void aFullDiskWhileStoringALaterTicketPageIsOneLineAndKeepsTheFigures() throws Exception {
		// given: a good run, then the disk fills up at the third ticket page of the next
		// one (small pages,
		// so that it strikes a page stored while others are still being fetched and
		// stored)
		succeeds(run("run", "--glpi.page-size=20"));
		String figures = figures();
		simulator.data().createTicket("Scanner jammed", simulator.data().entities().get(0).id());
		StorageFaults.failFrom("MERGE INTO glpi_ticket", 2, true);

		// when
		Result result = run("run", "--glpi.page-size=20");

		// then
		assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.STORAGE);
		assertThat(result.errorLine())
			.isEqualTo("glpi-wallboard: error: cannot write the database " + databaseFile() + ": the disk is full");
		assertThat(figures()).isEqualTo(figures);

		// and when: space is back
		StorageFaults.reset();
		succeeds(run("refresh", "--glpi.page-size=20"));

		// then: the mirror holds every ticket GLPI shows, the new one included
		assertThat(mirror().lines().count()).isEqualTo(simulator.data().ticketCount());
	}

	@Test
	void aFullDiskWhileRecordingTheSnapshotKeepsTheFiguresAndRecordsTheReason() throws Exception {
		// given
		succeeds(run("run"));
		String figures = figures();
		simulator.data().createTicket("Coffee machine down", simulator.data().entities().get(0).id());
		StorageFaults.failFrom("INSERT INTO snapshot_oldest", false);

		// when
		Result result = run("refresh");

		// then: the snapshot is one transaction: the board keeps yesterday's run's
		// figures
		assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.STORAGE);
		assertThat(result.errorLine())
			.isEqualTo("glpi-wallboard: error: cannot write the database " + databaseFile() + ": the disk is full");
		assertThat(figures()).isEqualTo(figures);
		assertThat(runHistory())
			.startsWith("FAILED: cannot write the database " + databaseFile() + ": the disk is full");
		assertThat(syncState("last_failure_reason"))
			.isEqualTo("cannot write the database " + databaseFile() + ": the disk is full");
	}

	@Test
	void aStaticBoardThatCannotBeWrittenNamesItsFolder() throws Exception {
		// given: a file where the static board's folder should be
		Files.createDirectories(reports);
		Files.writeString(reports.resolve("wallboard"), "not a folder");

		// when
		Result result = run("refresh");

		// then
		assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.STORAGE);
		assertThat(result.errorLine()).isEqualTo("glpi-wallboard: error: cannot write " + reports.resolve("wallboard")
				+ ": a file or folder of that name is in the way");
		assertThat(runHistory()).startsWith("FAILED: cannot write " + reports.resolve("wallboard"));
	}

	@Test
	void aWorkbookThatCannotBeWrittenIsNamed() throws Exception {
		// given: a folder with the workbook's name
		Path workbook = reports.resolve("glpi-report-" + LocalDate.now(ZoneOffset.UTC) + ".xlsx");
		Files.createDirectories(workbook.resolve("in-the-way"));

		// when
		Result result = run("run");

		// then
		assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.STORAGE);
		assertThat(result.errorLine()).isEqualTo(
				"glpi-wallboard: error: cannot write " + workbook + ": a file or folder of that name is in the way");
		assertThat(Files.isDirectory(workbook.resolve("in-the-way"))).isTrue();
	}

	@Test
	void aReallyFullDiskIsOneLineAndLeavesTheFigures() throws Exception {
		// given: the database on a small file system of its own, filled up after a good
		// run
		mounted = mountSmallFileSystem(dir.resolve("disk"), "32m");
		try (GlpiSimulator growing = GlpiSimulator.start(SimulatorSettings.defaults().withTickets(300))) {
			String url = "--spring.datasource.url=jdbc:h2:file:" + mounted.resolve("wallboard") + ";TRACE_LEVEL_FILE=0";
			succeeds(runAgainst(growing, "run", url));
			String figures = figures(mounted.resolve("wallboard"));
			// a quarter of a megabyte left: enough to start, never enough to mirror
			// 20,000 new tickets, even
			// when H2 reuses the free space its file already holds (5,000 fitted there on
			// CI's machine)
			fill(mounted.resolve("filler"));
			try (FileChannel filler = FileChannel.open(mounted.resolve("filler"), StandardOpenOption.WRITE)) {
				filler.truncate(filler.size() - 256 * 1024);
			}
			for (int i = 0; i < 20_000; i++) {
				growing.data().createTicket("New ticket " + i, growing.data().entities().get(0).id());
			}

			// when
			Result result = runAgainst(growing, "run", url);

			// then
			assertThat(result.code()).as(result.out()).isEqualTo(ExitCode.STORAGE);
			assertThat(result.errorLine()).isEqualTo("glpi-wallboard: error: cannot write the database "
					+ mounted.resolve("wallboard") + ".mv.db: the disk is full");

			// and when: space is back
			Files.delete(mounted.resolve("filler"));

			// then: the figures are those of the good run, and the failed run says why
			assertThat(figures(mounted.resolve("wallboard"))).isEqualTo(figures);
			Result refreshed = runAgainst(growing, "refresh", url);
			succeeds(refreshed);
			String history = runHistory(mounted.resolve("wallboard"));
			if (!history.contains("the disk is full")) {
				// where the disk filled up decides whether H2 kept the failed run's own
				// record: when it
				// lost it, the failed run is not shown as anything else, and the log says
				// the record was lost
				assertThat(history).isEqualTo("COMPLETED: \nCOMPLETED: \n");
				assertThat(result.out() + result.err() + refreshed.out() + refreshed.err()).containsPattern(
						"The database lost its record of this run|The previous run stopped: cannot write the database .*: the disk is full \\(the database lost its record of that run\\)");
			}
		}
	}

	private static void succeeds(Result result) {
		assertThat(result.code()).as(result.err()).isZero();
	}

	private Result run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("wallboard") + ";TRACE_LEVEL_FILE=0");
		return runAgainst(simulator, all.toArray(String[]::new));
	}

	private Result runAgainst(GlpiSimulator glpi, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--spring.main.sources=" + StorageFaults.class.getName());
		all.add("--glpi.url=" + glpi.baseUrl());
		all.add("--glpi.client-id=" + glpi.credentials().clientId());
		all.add("--glpi.client-secret=" + glpi.credentials().clientSecret());
		all.add("--glpi.username=" + glpi.credentials().username());
		all.add("--glpi.password=" + glpi.credentials().password());
		all.add("--report.dir=" + reports);
		all.add("--wallboard.time-zone=UTC");
		all.add("--wallboard.history-days=30");
		return CommandLine.run(all.toArray(String[]::new));
	}

	private String databaseFile() {
		return dir.resolve("wallboard") + ".mv.db";
	}

	private String figures() throws SQLException {
		return figures(dir.resolve("wallboard"));
	}

	/**
	 * Every observed figure of every day: what the board, the API and the workbook show.
	 */
	private static String figures(Path database) throws SQLException {
		return query(database,
				"SELECT d.snapshot_date, d.as_of, e.entity_id, e.open_count, e.opened, e.solved, e.closed"
						+ " FROM snapshot_day d JOIN snapshot_entity_day e ON e.snapshot_date = d.snapshot_date"
						+ " WHERE d.reconstructed = FALSE ORDER BY 1, 3");
	}

	private String mirror() throws SQLException {
		return query(dir.resolve("wallboard"),
				"SELECT id, status, modified_at, entity_id FROM glpi_ticket ORDER BY id");
	}

	private String syncState(String name) throws SQLException {
		return query(dir.resolve("wallboard"), "SELECT val FROM sync_state WHERE name = '" + name + "'").strip();
	}

	private String runHistory() throws SQLException {
		return runHistory(dir.resolve("wallboard"));
	}

	/** Newest first: "STATUS: exit message" per run, as {@code /runs} shows them. */
	private static String runHistory(Path database) throws SQLException {
		return query(database,
				"SELECT STATUS || ': ' || COALESCE(EXIT_MESSAGE, '') FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC");
	}

	private static String query(Path database, String sql) throws SQLException {
		StringBuilder sb = new StringBuilder();
		try (Connection c = DriverManager
			.getConnection("jdbc:h2:file:" + database.toAbsolutePath() + ";TRACE_LEVEL_FILE=0", "sa", "");
				Statement s = c.createStatement();
				ResultSet rows = s.executeQuery(sql)) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int i = 1; i <= columns; i++) {
					sb.append(rows.getString(i)).append(i < columns ? "|" : "\n");
				}
			}
		}
		return sb.toString();
	}

	/**
	 * A tmpfs of its own; on a developer machine the test is skipped, visibly, where the
	 * platform does not allow it; in CI (CI=true, which runs as root) it must run, so a
	 * refused mount fails the build.
	 */
	private static Path mountSmallFileSystem(Path at, String size) throws Exception {
		requireOrSkip("root".equals(System.getProperty("user.name")),
				"a real full disk needs a small tmpfs, and mounting one needs root (running as "
						+ System.getProperty("user.name") + "); the simulated failures of the other tests still run");
		FileSystemUtils.deleteRecursively(at);
		Files.createDirectories(at);
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(mount.getInputStream().readAllBytes());
		requireOrSkip(mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0,
				"this machine does not let root mount a tmpfs (a container without CAP_SYS_ADMIN?): " + output.strip());
		return at;
	}

	private static void requireOrSkip(boolean possible, String why) {
		if ("true".equals(System.getenv("CI"))) {
			org.assertj.core.api.Assertions.assertThat(possible).as(why).isTrue();
		}
		Assumptions.assumeTrue(possible, why);
	}

	private static void unmount(Path at) throws Exception {
		Process umount = new ProcessBuilder("umount", at.toString()).redirectErrorStream(true).start();
		if (!umount.waitFor(30, TimeUnit.SECONDS) || umount.exitValue() != 0) {
			// something still holds a file: detach now, the kernel frees it when it is
			// closed
			new ProcessBuilder("umount", "-l", at.toString()).start().waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** Writes until the file system has not a byte left. */
	private static void fill(Path filler) throws IOException {
		byte[] block = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(filler)) {
			while (true) {
				out.write(block);
			}
		}
		catch (IOException full) {
			assertThat(full).hasMessageContaining("No space left on device");
		}
		try (OutputStream out = Files.newOutputStream(filler, StandardOpenOption.APPEND)) {
			for (int i = 0; i < 64 * 1024; i++) {
				out.write(0);
				out.flush();
			}
		}
		catch (IOException full) {
			// the last bytes are taken too
		}
	}

}
