package io.glpiwallboard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.Set;

import io.glpiwallboard.system.AtomicFiles;

import org.springframework.stereotype.Component;

/**
 * Names and writes the workbooks in {@code report.dir}. A workbook appears complete or
 * not at all: it is written to a temporary file in the same folder, then moved over the
 * final name, so a mail, a file share or a crash never sees half a file. Its permissions
 * are {@code report.file-mode}.
 */
@Component
public class ReportFiles {

	private final Path dir;

	private final Set<PosixFilePermission> mode;

	public ReportFiles(ReportProperties properties) {
		this.dir = properties.dir();
		this.mode = properties.filePermissions();
	}

	/**
	 * {@code glpi-report-YYYY-MM-DD.xlsx} for everything, {@code ...-entity-ID.xlsx} for
	 * one entity's slice.
	 */
	public Path workbook(LocalDate day, Long entity) {
		return workbook(day, entity, null);
	}

	/**
	 * As {@link #workbook(LocalDate, Long)}, with {@code -group-ID} for a group's slice.
	 */
	public Path workbook(LocalDate day, Long entity, Long group) {
		return dir.resolve("glpi-report-" + day + (entity == null ? "" : "-entity-" + entity)
				+ (group == null ? "" : "-group-" + group) + ".xlsx");
	}

	public void writeAtomically(Path target, AtomicFiles.Content content) throws IOException {
		// the mode is set before the file appears under its name: a reader never finds it
		// unreadable
		AtomicFiles.write(target, "." + target.getFileName(), ".tmp", mode, content);
	}

}
