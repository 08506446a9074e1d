package io.glpiwallboard.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * A workbook as LibreOffice prints it: converted to PDF by {@code soffice --headless}
 * (Debian's {@code libreoffice-calc}), its pages rendered to PNG by {@code pdftoppm} and
 * read as text by {@code pdftotext} (Debian's {@code poppler-utils}); {@code .ci/run}
 * installs both.
 */
final class LibreOffice {

	private static final long TIMEOUT_SECONDS = 180;

	private LibreOffice() {
	}

	/** The printed workbook: one image and the text of each page. */
	record Printed(Path pdf, List<BufferedImage> pages, List<String> texts) {
	}

	/**
	 * Converts {@code workbook} into {@code dir} (a folder under target/, with its own
	 * LibreOffice profile).
	 */
	static Printed print(Path workbook, Path dir, int dpi) throws IOException, InterruptedException {
		Files.createDirectories(dir);
		Path profile = dir.resolve("profile").toAbsolutePath();
		run(dir, "soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to",
				"pdf", "--outdir", dir.toAbsolutePath().toString(), workbook.toAbsolutePath().toString());
		String name = workbook.getFileName().toString();
		Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
		if (!Files.isRegularFile(pdf)) {
			throw new AssertionError("LibreOffice wrote no " + pdf);
		}
		run(dir, "pdftoppm", "-r", Integer.toString(dpi), "-png", pdf.toAbsolutePath().toString(),
				dir.resolve("page").toAbsolutePath().toString());
		List<Path> pngs;
		try (Stream<Path> files = Files.list(dir)) {
			pngs = files.filter(p -> p.getFileName().toString().matches("page-\\d+\\.png")).sorted().toList();
		}
		List<BufferedImage> pages = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < pngs.size(); i++) {
			pages.add(ImageIO.read(pngs.get(i).toFile()));
			Path text = dir.resolve("page-" + (i + 1) + ".txt");
			run(dir, "pdftotext", "-layout", "-f", Integer.toString(i + 1), "-l", Integer.toString(i + 1),
					pdf.toAbsolutePath().toString(), text.toAbsolutePath().toString());
			texts.add(Files.readString(text, StandardCharsets.UTF_8));
		}
		return new Printed(pdf, pages, texts);
	}

	/**
	 * Pixels within {@code tolerance} of an RGB colour, the horizontal span they cover
	 * and how many pixel columns of it hold at least one (a drawn line leaves no gap).
	 */
	record ColourArea(int pixels, int minX, int maxX, int columns) {

		int width() {
			return pixels == 0 ? 0 : maxX - minX + 1;
		}

		static ColourArea of(BufferedImage image, int[] rgb, int tolerance) {
			int count = 0;
			int minX = Integer.MAX_VALUE;
			int maxX = -1;
			boolean[] used = new boolean[image.getWidth()];
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					int p = image.getRGB(x, y);
					if (Math.abs(((p >> 16) & 0xFF) - rgb[0]) <= tolerance
							&& Math.abs(((p >> 8) & 0xFF) - rgb[1]) <= tolerance
							&& Math.abs((p & 0xFF) - rgb[2]) <= tolerance) {
						count++;
						minX = Math.min(minX, x);
						maxX = Math.max(maxX, x);
						used[x] = true;
					}
				}
			}
			int columns = 0;
			for (boolean u : used) {
				columns += u ? 1 : 0;
			}
			return new ColourArea(count, minX, maxX, columns);
		}

	}

	private static void run(Path dir, String... command) throws IOException, InterruptedException {
		Path log = dir.resolve(command[0] + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(command[0] + " did not finish within " + TIMEOUT_SECONDS + " s");
		}
		if (process.exitValue() != 0) {
			throw new AssertionError(command[0] + " failed (" + process.exitValue() + "): " + Files.readString(log));
		}
	}

}
