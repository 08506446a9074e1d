package io.glpiwallboard.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Storage failures are recognised however deeply they are wrapped, and named in one line
 * with the file an admin can act on.
 */
class StorageFailureTests {

	private static final String DB = "./data/wallboard.mv.db";

	@Test
	void aFullDiskUnderH2AndSpringIsNamedWithTheDatabaseFile() {
		// given: what H2 2.4 and Spring JDBC throw when the disk fills up during a commit
		Throwable failure = new DataAccessResourceFailureException(
				"PreparedStatementCallback; SQL [MERGE INTO glpi_ticket ...]",
				h2(90098, "The database has been closed", new IllegalStateException(
						"Writing to sun.nio.ch.FileChannelImpl@59a5a68c failed; length 143360 at 733184 [2.4.240/2]",
						new IOException("No space left on device"))));

		// when
		String line = StorageFailure.find(failure).orElseThrow().describe(DB);

		// then
		assertThat(line).isEqualTo("cannot write the database ./data/wallboard.mv.db: the disk is full");
		assertThat(StorageFailure.find(failure).orElseThrow().isDatabase()).isTrue();
	}

	@Test
	void theOperatingSystemsWordsAreRecognised() {
		assertThat(problemOf(new IOException("Read-only file system"))).isEqualTo(StorageFailure.Problem.READ_ONLY);
		assertThat(problemOf(new IOException("Disk quota exceeded"))).isEqualTo(StorageFailure.Problem.QUOTA_EXCEEDED);
		assertThat(problemOf(new IOException("Input/output error"))).isEqualTo(StorageFailure.Problem.DISK_ERROR);
		assertThat(problemOf(new UncheckedIOException(new IOException("No space left on device"))))
			.isEqualTo(StorageFailure.Problem.DISK_FULL);
	}

	@Test
	void h2ErrorCodesAreRecognised() {
		assertThat(problemOf(h2(90030, "File corrupted while reading record", null)))
			.isEqualTo(StorageFailure.Problem.CORRUPT);
		assertThat(problemOf(h2(90048, "Unsupported database file version or invalid file header", null)))
			.isEqualTo(StorageFailure.Problem.UNSUPPORTED_FORMAT);
		assertThat(problemOf(h2(90028, "IO Exception: \"java.io.IOException: Stale file handle\"", null)))
			.isEqualTo(StorageFailure.Problem.IO);
		assertThat(problemOf(h2(90097, "The database is read only", null)))
			.isEqualTo(StorageFailure.Problem.DATABASE_READ_ONLY);
		assertThat(
				StorageFailure.find(h2(90020, "Database may be already in use", null)).orElseThrow().isDatabaseInUse())
			.isTrue();
	}

	@Test
	void aFileFailureNamesTheFileAndTheMostSpecificCause() {
		// given: a file system error naming the file, caused by the OS error
		FileSystemException named = new FileSystemException("./reports/glpi-report-2026-11-30.xlsx", null,
				"No space left on device");
		named.initCause(new IOException("No space left on device"));
		IllegalStateException wrapped = new IllegalStateException("could not write the workbook of all entities");
		wrapped.addSuppressed(named);

		// when
		String line = StorageFailure.find(wrapped).orElseThrow().describe(DB);

		// then: found among the suppressed exceptions, named by the file, not the
		// database
		assertThat(line).isEqualTo("cannot write ./reports/glpi-report-2026-11-30.xlsx: the disk is full");
		assertThat(StorageFailure.find(wrapped).orElseThrow().isDatabase()).as("the database is fine").isFalse();
	}

	@Test
	void permissionsAndFilesInTheWayAreNamed() {
		assertThat(StorageFailure.find(new AccessDeniedException("/srv/reports/x.xlsx")).orElseThrow().describe(DB))
			.isEqualTo("cannot write /srv/reports/x.xlsx: permission denied");
		assertThat(StorageFailure.find(new FileAlreadyExistsException("reports/wallboard")).orElseThrow().describe(DB))
			.isEqualTo("cannot write reports/wallboard: a file or folder of that name is in the way");
	}

	@Test
	void networkAndProgramFailuresAreNotStorageFailures() {
		assertThat(StorageFailure.find(new ConnectException("Connection refused"))).isEmpty();
		assertThat(StorageFailure.find(new IOException("Connection reset by peer"))).isEmpty();
		assertThat(StorageFailure.find(new IllegalStateException("No space left on device"))).as("not an I/O exception")
			.isEmpty();
		assertThat(StorageFailure.find(h2(42102, "Table \"GLPI_TICKET\" not found", null))).isEmpty();
	}

	@Test
	void aCycleInTheCauseChainEnds() {
		// given
		IOException first = new IOException("first");
		IOException second = new IOException("second", first);
		first.addSuppressed(second);
		// when / then
		assertThat(StorageFailure.find(second)).isEmpty();
	}

	@Test
	void theDatabaseFileIsReadFromTheJdbcUrl() {
		assertThat(DatabaseFile.of("jdbc:h2:file:./data/wallboard;TRACE_LEVEL_FILE=0"))
			.isEqualTo("./data/wallboard.mv.db");
		assertThat(DatabaseFile.of("jdbc:h2:/var/lib/glpi-wallboard/wallboard"))
			.isEqualTo("/var/lib/glpi-wallboard/wallboard.mv.db");
		assertThat(DatabaseFile.of("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEqualTo("(in memory)");
		assertThat(DatabaseFile.of("jdbc:h2:tcp://db.example.org/wallboard"))
			.isEqualTo("jdbc:h2:tcp://db.example.org/wallboard");
		assertThat(DatabaseFile.of(null)).isNull();
	}

	@Test
	void aNoteKeepsTheReasonForTheNextProcessOnce(@TempDir Path dir) throws IOException {
		// given: a note prepared while there was room
		FailureNote note = FailureNote.besideDatabase(dir.resolve("wallboard.mv.db").toString());
		note.prepare();
		assertThat(Files.size(dir.resolve("wallboard.last-failure"))).isEqualTo(FailureNote.SIZE);

		// when
		boolean kept = note.write("cannot write the database ./data/wallboard.mv.db: the disk is full");

		// then: overwritten in place, read once
		assertThat(kept).isTrue();
		assertThat(Files.size(dir.resolve("wallboard.last-failure"))).isEqualTo(FailureNote.SIZE);
		assertThat(note.take()).contains("cannot write the database ./data/wallboard.mv.db: the disk is full");
		assertThat(note.take()).isEmpty();
	}

	@Test
	void anInMemoryDatabaseKeepsNoNote() {
		// given
		FailureNote note = FailureNote.besideDatabase(DatabaseFile.of("jdbc:h2:mem:x"));
		// when / then
		note.prepare();
		assertThat(note.write("reason")).isFalse();
		assertThat(note.take()).isEmpty();
	}

	private static StorageFailure.Problem problemOf(Throwable t) {
		return StorageFailure.find(t).orElseThrow().problem();
	}

	private static SQLException h2(int code, String message, Throwable cause) {
		return new SQLException(message + " [" + code + "-240]", String.valueOf(code), code, cause);
	}

}
