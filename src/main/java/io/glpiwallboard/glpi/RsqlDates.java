package io.glpiwallboard.glpi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * GLPI's RSQL compares dates as raw SQL literals in the server's wall-clock time, so
 * instants are written as {@code 'YYYY-MM-DD HH:MM:SS'} at the offset GLPI itself prints
 * in its dates.
 */
final class RsqlDates {

	private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private RsqlDates() {
	}

	static String literal(Instant instant, ZoneOffset serverOffset) {
		return literal(LocalDateTime.ofInstant(instant, serverOffset));
	}

	static String literal(LocalDateTime serverWallClock) {
		return "'" + SQL.format(serverWallClock) + "'";
	}

}
