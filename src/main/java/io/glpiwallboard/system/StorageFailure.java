package io.glpiwallboard.system;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A failure of the disk or of the database file rather than of the program: the disk is
 * full, the file system is read-only, a file is not writable, locked or corrupt. Found by
 * walking an exception's causes and suppressed exceptions, so it does not matter how many
 * layers (JDBC, Spring, Spring Batch, a publisher) wrapped the original
 * {@link java.io.IOException} or H2 error.
 *
 * <p>
 * H2 error codes are those of {@code org.h2.api.ErrorCode} (H2 2.x,
 * {@code h2/src/main/org/h2/api/ErrorCode.java}).
 */
public final class StorageFailure {

	/**
	 * What went wrong, most specific first: when a chain holds several, the first one
	 * wins.
	 */
	public enum Problem {

		DISK_FULL("cannot write", "the disk is full"), QUOTA_EXCEEDED("cannot write", "the disk quota is exceeded"),
		READ_ONLY("cannot write", "the file system is read-only"), ACCESS_DENIED("cannot write", "permission denied"),
		IN_THE_WAY("cannot write", "a file or folder of that name is in the way"),
		MISSING_FOLDER("cannot write", "a folder on its path is missing"),
		DISK_ERROR("cannot use", "the disk reported an input/output error"),
		CORRUPT("cannot read", "the file is corrupt (restore a backup, or move it away and run 'run' to rebuild it)"),
		UNSUPPORTED_FORMAT("cannot read", "the file is not a database of this H2 version, or it is damaged"),
		DATABASE_READ_ONLY("cannot write", "the database file or its file system is read-only"),
		IN_USE("cannot open", "the file is locked by another process"), IO("cannot use", "input/output error"),
		DATABASE_CLOSED("cannot use", "the database closed itself after a failed write");

		private final String verb;

		private final String text;

		Problem(String verb, String text) {
			this.verb = verb;
			this.text = text;
		}

		/** The cause as an admin reads it, e.g. "the disk is full". */
		public String text() {
			return text;
		}

	}

	// org.h2.api.ErrorCode
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;

	private static final int H2_FILE_RENAME_FAILED = 90024;

	private static final int H2_FILE_DELETE_FAILED = 90025;

	private static final int H2_IO_EXCEPTION_1 = 90028;

	private static final int H2_FILE_CORRUPTED = 90030;

	private static final int H2_IO_EXCEPTION_2 = 90031;

	private static final int H2_FILE_VERSION_ERROR = 90048;

	private static final int H2_FILE_CREATION_FAILED = 90062;

	private static final int H2_DATABASE_IS_READ_ONLY = 90097;

	private static final int H2_DATABASE_IS_CLOSED = 90098;

	private final Problem problem;

	private final String file;

	private final boolean database;

	private StorageFailure(Problem problem, String file, boolean database) {
		this.problem = problem;
		this.file = file;
		this.database = database;
	}

	/**
	 * @param failure any exception, however wrapped
	 * @return the storage failure it stems from, or empty when it is another kind of
	 * failure
	 */
	public static Optional<StorageFailure> find(Throwable failure) {
		Problem found = null;
		String foundFile = null;
		String outermostFile = null;
		boolean database = false;
		for (Throwable t : chain(failure)) {
			String file = t instanceof FileSystemException fs ? fs.getFile() : null;
			Problem p = problemOf(t);
			if (p != null && (found == null || p.ordinal() < found.ordinal())) {
				found = p;
				foundFile = file;
			}
			if (outermostFile == null) {
				outermostFile = file;
			}
			database |= isDatabaseLayer(t);
		}
		// the file of the exception that says what is wrong (a folder in the way) is the
		// one to act
		// on; a bare OS error (disk full) names none, and the outermost name (the output
		// file) is best
		String file = foundFile != null ? foundFile : outermostFile;
		return found == null ? Optional.empty()
				: Optional.of(new StorageFailure(found, file, database && file == null));
	}

	public Problem problem() {
		return problem;
	}

	/**
	 * Whether the database failed rather than another file (a report, the static board):
	 * only then may its pooled connections be broken.
	 */
	public boolean isDatabase() {
		return database;
	}

	/**
	 * Another process holds the database file (H2 allows one): a busy condition rather
	 * than a broken disk.
	 */
	public boolean isDatabaseInUse() {
		return problem == Problem.IN_USE && database;
	}

	/**
	 * One line naming the cause and the file, e.g.
	 * {@code cannot write the database ./data/wallboard.mv.db: the disk is full}.
	 * @param databaseFile the database file as {@link DatabaseFile#of} gives it, for
	 * failures that came through the database (null: unknown)
	 */
	public String describe(String databaseFile) {
		String what;
		if (file != null) {
			what = file;
		}
		else if (database) {
			what = "the database" + (databaseFile == null ? "" : " " + databaseFile);
		}
		else {
			what = "a file";
		}
		return problem.verb + " " + what + ": " + problem.text;
	}

	@Override
	public String toString() {
		return describe(null);
	}

	private static Problem problemOf(Throwable t) {
		if (t instanceof ReadOnlyFileSystemException) {
			return Problem.READ_ONLY;
		}
		if (t instanceof AccessDeniedException) {
			return Problem.ACCESS_DENIED;
		}
		if (t instanceof NotDirectoryException || t instanceof FileAlreadyExistsException
				|| t instanceof DirectoryNotEmptyException) {
			return Problem.IN_THE_WAY;
		}
		if (t instanceof NoSuchFileException) {
			return Problem.MISSING_FOLDER;
		}
		boolean h2Store = t.getClass().getName().equals("org.h2.mvstore.MVStoreException");
		Problem byMessage = t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException
				|| t instanceof SQLException || h2Store ? byMessage(t.getMessage()) : null;
		if (byMessage != null) {
			return byMessage;
		}
		if (t instanceof SQLException sql) {
			return switch (sql.getErrorCode()) {
				case H2_FILE_CORRUPTED -> Problem.CORRUPT;
				case H2_FILE_VERSION_ERROR -> Problem.UNSUPPORTED_FORMAT;
				case H2_DATABASE_IS_READ_ONLY -> Problem.DATABASE_READ_ONLY;
				case H2_DATABASE_ALREADY_OPEN -> Problem.IN_USE;
				case H2_IO_EXCEPTION_1, H2_IO_EXCEPTION_2, H2_FILE_CREATION_FAILED, H2_FILE_RENAME_FAILED,
						H2_FILE_DELETE_FAILED ->
					Problem.IO;
				case H2_DATABASE_IS_CLOSED -> Problem.DATABASE_CLOSED;
				default -> null;
			};
		}
		if (h2Store) {
			// H2's storage layer; its own cause (when any) is more specific and wins
			return Problem.IO;
		}
		if (t instanceof FileSystemException) {
			return Problem.IO;
		}
		return null;
	}

	/**
	 * The operating system's wording (strerror), which Java passes on in IOException
	 * messages.
	 */
	private static Problem byMessage(String message) {
		if (message == null) {
			return null;
		}
		String m = message.toLowerCase(Locale.ROOT);
		if (m.contains("no space left on device") || m.contains("not enough space on the disk")) {
			return Problem.DISK_FULL;
		}
		if (m.contains("disk quota exceeded")) {
			return Problem.QUOTA_EXCEEDED;
		}
		if (m.contains("read-only file system")) {
			return Problem.READ_ONLY;
		}
		if (m.contains("permission denied") || m.contains("access is denied")) {
			return Problem.ACCESS_DENIED;
		}
		if (m.contains("not a directory") || m.contains("is a directory")) {
			return Problem.IN_THE_WAY;
		}
		if (m.contains("input/output error")) {
			return Problem.DISK_ERROR;
		}
		return null;
	}

	private static boolean isDatabaseLayer(Throwable t) {
		String name = t.getClass().getName();
		return t instanceof SQLException || name.startsWith("org.h2.") || name.startsWith("org.springframework.dao.")
				|| name.startsWith("org.springframework.jdbc.") || name.startsWith("org.flywaydb.");
	}

	/** The exception, its causes and suppressed exceptions (and theirs), each once. */
	private static List<Throwable> chain(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Throwable> outermostFirst = new ArrayList<>();
		Deque<Throwable> todo = new ArrayDeque<>();
		todo.add(failure);
		while (!todo.isEmpty()) {
			Throwable t = todo.poll();
			if (!seen.add(t)) {
				continue;
			}
			outermostFirst.add(t);
			if (t.getCause() != null) {
				todo.add(t.getCause());
			}
			for (Throwable s : t.getSuppressed()) {
				todo.add(s);
			}
		}
		return outermostFirst;
	}

}
