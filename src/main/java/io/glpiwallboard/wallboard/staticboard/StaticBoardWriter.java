package io.glpiwallboard.wallboard.staticboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.system.AtomicFiles;

/**
 * Replaces the static board's files so that a web server never serves half a board: each
 * file is written to a temporary name and renamed over the old one; images (named by
 * snapshot) go first, pages after, and the previous snapshot's images stay until the next
 * publication, so a page loaded just before the switch still finds its chart.
 */
final class StaticBoardWriter {

	static final String CSS = "board.css";

	static final String TMP_PREFIX = ".tmp-";

	private static final Pattern IMAGE = Pattern.compile("trend-[a-z0-9]+-(\\d+)\\.png");

	/**
	 * Pages of one entity (or group): a TV may be pointed at them, so they are never just
	 * deleted.
	 */
	private static final Pattern BOARD_PAGE = Pattern.compile("(entity|group)-\\d+\\.html");

	private final Path dir;

	StaticBoardWriter(Path dir) {
		this.dir = dir;
	}

	/**
	 * @param images file name to PNG; names carry the snapshot as in
	 * {@code trend-all-<millis>.png}
	 * @param pages file name to HTML, e.g. index.html, entity-3.html and group-7.html
	 * @param retired the page that replaces a board page written before but not now (its
	 * entity or group is gone), given its file name
	 */
	void write(Map<String, byte[]> images, byte[] css, Map<String, byte[]> pages, Function<String, byte[]> retired)
			throws IOException {
		Files.createDirectories(dir);
		deleteLeftoverTemporaries();
		for (Map.Entry<String, byte[]> image : images.entrySet()) {
			replace(image.getKey(), image.getValue());
		}
		replace(CSS, css);
		for (Map.Entry<String, byte[]> page : pages.entrySet()) {
			if (!page.getKey().equals(StaticLinks.page(Scope.everything()))) {
				replace(page.getKey(), page.getValue());
			}
		}
		replace(StaticLinks.page(Scope.everything()), pages.get(StaticLinks.page(Scope.everything())));
		removeOutdated(pages.keySet(), retired);
	}

	private void replace(String name, byte[] content) throws IOException {
		AtomicFiles.write(dir.resolve(name), TMP_PREFIX, ".part", true, out -> out.write(content));
	}

	/**
	 * Images older than the previous snapshot go; pages of boards that no longer exist
	 * are replaced by {@code retired} (a deleted file would leave a TV on a "not found"
	 * without reload).
	 */
	private void removeOutdated(Set<String> pages, Function<String, byte[]> retired) throws IOException {
		TreeSet<Long> generations = new TreeSet<>();
		try (Stream<Path> files = Files.list(dir)) {
			files.map(p -> IMAGE.matcher(p.getFileName().toString()))
				.filter(Matcher::matches)
				.forEach(m -> generations.add(Long.parseLong(m.group(1))));
		}
		Set<Long> kept = generations.descendingSet().stream().limit(2).collect(java.util.stream.Collectors.toSet());
		try (Stream<Path> files = Files.list(dir)) {
			for (Path p : files.toList()) {
				String name = p.getFileName().toString();
				Matcher image = IMAGE.matcher(name);
				boolean oldImage = image.matches() && !kept.contains(Long.parseLong(image.group(1)));
				boolean oldPage = name.endsWith(".html") && !pages.contains(name);
				if (oldPage && BOARD_PAGE.matcher(name).matches()) {
					replace(name, retired.apply(name));
				}
				else if (oldImage || oldPage) {
					Files.deleteIfExists(p);
				}
			}
		}
	}

	private void deleteLeftoverTemporaries() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			for (Path p : files.toList()) {
				if (p.getFileName().toString().startsWith(TMP_PREFIX)) {
					Files.deleteIfExists(p);
				}
			}
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

}
