package io.glpiwallboard.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file so that readers see the old or the new content, never half of it: the
 * content is written to a temporary file in the same folder, then moved over the target.
 */
public final class AtomicFiles {

	/** Something that writes the whole content to a stream. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private AtomicFiles() {
	}

	/**
	 * @param tempPrefix name prefix of the temporary file (lets a cleanup recognise
	 * leftovers)
	 * @param readableByAll whether others may read the result (a web server publishing
	 * the folder); temporary files are otherwise private to their owner
	 * @throws IOException as {@link #write(Path, String, String, Set, Content)}
	 */
	public static void write(Path target, String tempPrefix, String tempSuffix, boolean readableByAll, Content content)
			throws IOException {
		write(target, tempPrefix, tempSuffix, readableByAll ? PosixFilePermissions.fromString("rw-r--r--") : null,
				content);
	}

	/**
	 * @param mode the result's permissions, set before it appears under its name; null
	 * keeps the temporary file's, private to its owner. Ignored where the file system has
	 * no POSIX permissions (Windows: the folder's inherited permissions apply)
	 * @throws FileSystemException naming {@code target} (as given) when the file system
	 * fails (disk full, read-only, not writable), with the original exception as its
	 * cause; the old content of {@code target}, if any, is then left as it was
	 * @throws IOException whatever else {@code content} throws
	 */
	public static void write(Path target, String tempPrefix, String tempSuffix, Set<PosixFilePermission> mode,
			Content content) throws IOException {
		try {
			replace(target, tempPrefix, tempSuffix, mode, content);
		}
		catch (IOException e) {
			if (StorageFailure.find(e).isEmpty()) {
				throw e;
			}
			// the temporary file's name means nothing to an admin: name the file they
			// configured
			FileSystemException named = new FileSystemException(target.toString(), null, e.getMessage());
			named.initCause(e);
			throw named;
		}
	}

	private static void replace(Path target, String tempPrefix, String tempSuffix, Set<PosixFilePermission> mode,
			Content content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, tempPrefix, tempSuffix);
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.writeTo(out);
			}
			if (mode != null) {
				setMode(temp, mode);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private static void setMode(Path file, Set<PosixFilePermission> mode) throws IOException {
		try {
			Files.setPosixFilePermissions(file, mode);
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system (Windows): the folder's inherited permissions apply
		}
	}

}
