package io.glpiwallboard.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * A reason kept outside the database for when the database itself cannot take it: a run
 * stopped by a full disk often cannot record why, and the next process would only know
 * that it was "interrupted". The note is a small file next to the database, filled with
 * blanks while there is space ({@link #prepare}); a failure overwrites those blanks in
 * place ({@link #write}), which needs no new disk block on common file systems (ext4,
 * XFS, tmpfs; not on copy-on-write ones such as Btrfs or ZFS). The next process reads it
 * once ({@link #take}).
 */
public final class FailureNote {

	/** Bytes of the note: a reason is one line, cut to fit. */
	static final int SIZE = 1024;

	private final Path file;

	/**
	 * @param file the note's file, or null for a database without a file (in memory):
	 * nothing is kept
	 */
	public FailureNote(Path file) {
		this.file = file;
	}

	/**
	 * The note next to {@code ./data/wallboard.mv.db}:
	 * {@code ./data/wallboard.last-failure}.
	 */
	public static FailureNote besideDatabase(String databaseFile) {
		if (databaseFile == null || !databaseFile.endsWith(".mv.db")) {
			return new FailureNote(null);
		}
		return new FailureNote(
				Path.of(databaseFile.substring(0, databaseFile.length() - ".mv.db".length()) + ".last-failure"));
	}

	/**
	 * Makes sure the note's blocks exist, while the disk still has room; never fails the
	 * caller.
	 */
	public void prepare() {
		if (file == null) {
			return;
		}
		try {
			if (Files.isRegularFile(file) && Files.size(file) == SIZE) {
				return;
			}
			byte[] blanks = new byte[SIZE];
			Arrays.fill(blanks, (byte) ' ');
			try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				out.write(ByteBuffer.wrap(blanks));
				out.force(true);
			}
		}
		catch (IOException | RuntimeException e) {
			// the note is a fallback: without it, the next process says "interrupted"
		}
	}

	/**
	 * @return whether the reason was kept
	 */
	public boolean write(String reason) {
		if (file == null || !Files.isRegularFile(file)) {
			return false;
		}
		byte[] text = reason.replaceAll("\\s+", " ").strip().getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[SIZE];
		Arrays.fill(content, (byte) ' ');
		System.arraycopy(text, 0, content, 0, Math.min(text.length, SIZE));
		try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
			out.write(ByteBuffer.wrap(content), 0);
			out.force(true);
			return true;
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/**
	 * @return the reason a {@link #write} left, once: the note is blank again afterwards
	 */
	public Optional<String> take() {
		if (file == null || !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
			if (text.isEmpty()) {
				return Optional.empty();
			}
			write("");
			// a cut multi-byte character shows as U+FFFD at the end: drop it
			return Optional.of(text.replaceAll("\uFFFD+$", ""));
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

}
