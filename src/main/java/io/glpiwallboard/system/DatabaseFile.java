package io.glpiwallboard.system;

import java.util.Locale;

/**
 * The file behind an H2 JDBC URL, for messages:
 * {@code jdbc:h2:file:./data/wallboard;TRACE_LEVEL_FILE=0} is stored in
 * {@code ./data/wallboard.mv.db} (H2's MVStore file suffix).
 */
public final class DatabaseFile {

	private static final String H2 = "jdbc:h2:";

	private DatabaseFile() {
	}

	/**
	 * @param jdbcUrl the configured {@code spring.datasource.url}, may be null
	 * @return the database file as configured (relative paths stay relative, as the admin
	 * wrote them), "(in memory)" for an in-memory database, or the URL without its
	 * options for any other database; null when there is no URL
	 */
	public static String of(String jdbcUrl) {
		if (jdbcUrl == null || jdbcUrl.isBlank()) {
			return null;
		}
		int options = jdbcUrl.indexOf(';');
		String url = options < 0 ? jdbcUrl : jdbcUrl.substring(0, options);
		if (!url.toLowerCase(Locale.ROOT).startsWith(H2)) {
			return url;
		}
		String name = url.substring(H2.length());
		if (name.startsWith("mem:")) {
			return "(in memory)";
		}
		if (name.startsWith("tcp:") || name.startsWith("ssl:") || name.startsWith("zip:")) {
			return url;
		}
		if (name.startsWith("file:")) {
			name = name.substring("file:".length());
		}
		else if (name.startsWith("split:") || name.startsWith("nio:") || name.startsWith("async:")) {
			name = name.substring(name.indexOf(':') + 1);
		}
		return name + ".mv.db";
	}

}
