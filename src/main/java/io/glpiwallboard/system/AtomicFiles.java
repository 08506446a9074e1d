package io.glpiwallboard.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file so that readers see the old or the new content, never half of it: the content is
 * written to a temporary file in the same folder, then moved over the target.
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
	 * @param tempPrefix name prefix of the temporary file (lets a cleanup recognise leftovers)
	 * @param readableByAll whether others may read the result (a web server publishing the folder);
	 * temporary files are otherwise private to their owner
	 */
	public static void write(Path target, String tempPrefix, String tempSuffix, boolean readableByAll, Content content)
			throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, tempPrefix, tempSuffix);
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.writeTo(out);
			}
			if (readableByAll) {
				makeReadableByAll(temp);
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

	private static void makeReadableByAll(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system (Windows): the folder's inherited permissions apply
		}
	}

}
