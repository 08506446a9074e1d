package io.glpiwallboard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Names and writes the workbooks in {@code report.dir}. A workbook appears complete or not at all:
 * it is written to a temporary file in the same folder, then moved over the final name, so a mail,
 * a file share or a crash never sees half a file.
 */
@Component
public class ReportFiles {

	private final Path dir;

	public ReportFiles(ReportProperties properties) {
		this.dir = properties.dir();
	}

	/** {@code glpi-report-YYYY-MM-DD.xlsx} for everything, {@code ...-entity-ID.xlsx} for one entity's slice. */
	public Path workbook(LocalDate day, Long entity) {
		return dir.resolve("glpi-report-" + day + (entity == null ? "" : "-entity-" + entity) + ".xlsx");
	}

	/** Something that writes the whole content to a stream. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	public void writeAtomically(Path target, Content content) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.writeTo(out);
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

}
