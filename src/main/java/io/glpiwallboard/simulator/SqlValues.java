package io.glpiwallboard.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How MySQL/MariaDB would compare a column with a raw SQL literal. GLPI pastes RSQL
 * values straight into SQL, so numbers get MySQL's lenient string-to-number cast, strings
 * compare case-insensitively (the usual _ci collation), and dates compare as wall-clock
 * times of the server zone.
 */
final class SqlValues {

	static final DateTimeFormatter SQL_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
	static final Comparator<String> COLLATION = String.CASE_INSENSITIVE_ORDER;

	private SqlValues() {
	}

	/** MySQL casts '12abc' to 12 and 'abc' to 0. */
	static double number(String literal) {
		String s = literal.trim();
		int end = 0;
		boolean seenDigit = false;
		boolean seenDot = false;
		if (end < s.length() && (s.charAt(end) == '-' || s.charAt(end) == '+')) {
			end++;
		}
		while (end < s.length()) {
			char c = s.charAt(end);
			if (Character.isDigit(c)) {
				seenDigit = true;
			}
			else if (c == '.' && !seenDot) {
				seenDot = true;
			}
			else {
				break;
			}
			end++;
		}
		if (!seenDigit) {
			return 0;
		}
		return Double.parseDouble(s.substring(0, end));
	}

	/** PHP's FILTER_VALIDATE_BOOLEAN, which GLPI applies to boolean properties. */
	static boolean phpBoolean(String literal) {
		String s = literal.trim().toLowerCase(Locale.ROOT);
		return s.equals("1") || s.equals("true") || s.equals("on") || s.equals("yes");
	}

	/**
	 * A datetime literal as MySQL reads it ('2026-06-01', '2026-06-01 10:00',
	 * '2026-06-01T10:00:00'), or null.
	 */
	static LocalDateTime dateTime(String literal) {
		String s = literal.trim().replace('T', ' ');
		try {
			if (s.length() == 10) {
				return LocalDate.parse(s).atStartOfDay();
			}
			if (s.length() == 16) {
				s = s + ":00";
			}
			if (s.length() > 19) {
				s = s.substring(0, 19); // fractions or an offset: MySQL drops what it
										// cannot use
			}
			return LocalDateTime.parse(s, SQL_DATETIME);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * The column as text, for LIKE: dates as 'YYYY-MM-DD HH:MM:SS', booleans as 1/0,
	 * whole numbers without ".0".
	 */
	static String text(Object value, WallClock zone) {
		if (value instanceof Instant instant) {
			return zone.sql(instant);
		}
		if (value instanceof Boolean b) {
			return b ? "1" : "0";
		}
		return String.valueOf(value);
	}

	/**
	 * RSQL wildcards: {@code *} means any text, and GLPI turns a literal {@code %} into a
	 * one-character {@code _}.
	 */
	static Pattern likePattern(String literal, boolean caseSensitive) {
		StringBuilder regex = new StringBuilder();
		for (char c : literal.toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '%', '_' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		int flags = Pattern.DOTALL | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		return Pattern.compile(regex.toString(), flags);
	}

}
