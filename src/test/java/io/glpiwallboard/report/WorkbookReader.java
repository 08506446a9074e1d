package io.glpiwallboard.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written workbook back with POI, as Excel would see it. */
public final class WorkbookReader {

	private WorkbookReader() {
	}

	public static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	public static List<String> sheetNames(Workbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(s -> names.add(s.getSheetName()));
		return names;
	}

	/** The ticket ids of the "Open tickets" sheet, in row order (duplicates kept). */
	public static List<Long> ticketIds(Workbook workbook) {
		Sheet sheet = workbook.getSheet("Open tickets");
		List<Long> ids = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0) {
				ids.add((long) row.getCell(0).getNumericCellValue());
			}
		}
		return ids;
	}

	/** The numeric value of the Summary row whose figure is {@code label}. */
	public static double summary(Workbook workbook, String label) {
		for (Row row : workbook.getSheet("Summary")) {
			Cell name = row.getCell(0);
			if (name != null && name.getCellType() == CellType.STRING && name.getStringCellValue().equals(label)) {
				return row.getCell(1).getNumericCellValue();
			}
		}
		throw new AssertionError("no Summary row '" + label + "'");
	}

}
