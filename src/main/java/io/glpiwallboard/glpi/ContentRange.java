package io.glpiwallboard.glpi;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GLPI's {@code Content-Range: start-end/total}. GLPI computes {@code end} loosely, so an
 * empty result reads {@code 0--1/0} and a start past the end reads e.g.
 * {@code 500-41/42}: only {@code start} and {@code total} are trusted.
 */
public record ContentRange(long start, long end, long total) {

	private static final Pattern FORMAT = Pattern.compile("^\\s*(?:items\\s+)?(\\d+)-(-?\\d+)/(\\d+)\\s*$");

	public static Optional<ContentRange> parse(String header) {
		if (header == null) {
			return Optional.empty();
		}
		Matcher m = FORMAT.matcher(header);
		if (!m.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new ContentRange(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
					Long.parseLong(m.group(3))));
		}
		catch (NumberFormatException tooLong) {
			return Optional.empty();
		}
	}

}
