package io.glpiwallboard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import io.glpiwallboard.system.AtomicFiles;

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

	public void writeAtomically(Path target, AtomicFiles.Content content) throws IOException {
		AtomicFiles.write(target, "." + target.getFileName(), ".tmp", false, content);
	}

}
