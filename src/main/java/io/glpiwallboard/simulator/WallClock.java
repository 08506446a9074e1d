package io.glpiwallboard.simulator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Fast conversions of instants to the server's wall clock. Filters and pages over a
 * million tickets do this for every row, and {@link java.time.format.DateTimeFormatter}
 * plus {@link LocalDateTime} allocations dominated the time; plain arithmetic on epoch
 * seconds gives the same results.
 */
final class WallClock {

	private final ZoneRules rules;

	WallClock(ZoneId zone) {
		this.rules = zone.getRules();
	}

	/**
	 * Seconds since 1970-01-01T00:00 of the local date-time, comparable with
	 * {@link #localSeconds(LocalDateTime)}.
	 */
	long localSeconds(Instant instant) {
		return instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds();
	}

	static long localSeconds(LocalDateTime local) {
		return local.toEpochSecond(ZoneOffset.UTC);
	}

	/**
	 * RFC 3339 with a numeric offset, e.g. {@code 2026-09-23T18:41:04+02:00} (never
	 * {@code Z}).
	 */
	String rfc3339(Instant instant) {
		int offset = rules.getOffset(instant).getTotalSeconds();
		char[] out = new char[25];
		int len = writeLocal(out, instant.getEpochSecond() + offset, 'T');
		out[len++] = offset < 0 ? '-' : '+';
		int abs = Math.abs(offset);
		len = two(out, len, abs / 3600);
		out[len++] = ':';
		len = two(out, len, (abs / 60) % 60);
		return new String(out, 0, len);
	}

	/** {@code YYYY-MM-DD HH:MM:SS}, the SQL literal form, used by LIKE on dates. */
	String sql(Instant instant) {
		char[] out = new char[19];
		int len = writeLocal(out, localSeconds(instant), ' ');
		return new String(out, 0, len);
	}

	private static int writeLocal(char[] out, long localEpochSeconds, char separator) {
		long days = Math.floorDiv(localEpochSeconds, 86400);
		int secs = Math.floorMod(localEpochSeconds, 86400);
		java.time.LocalDate date = java.time.LocalDate.ofEpochDay(days);
		int year = date.getYear();
		int len = 0;
		out[len++] = (char) ('0' + year / 1000 % 10);
		out[len++] = (char) ('0' + year / 100 % 10);
		len = two(out, len, year % 100);
		out[len++] = '-';
		len = two(out, len, date.getMonthValue());
		out[len++] = '-';
		len = two(out, len, date.getDayOfMonth());
		out[len++] = separator;
		len = two(out, len, secs / 3600);
		out[len++] = ':';
		len = two(out, len, secs / 60 % 60);
		out[len++] = ':';
		return two(out, len, secs % 60);
	}

	private static int two(char[] out, int at, int value) {
		out[at] = (char) ('0' + value / 10);
		out[at + 1] = (char) ('0' + value % 10);
		return at + 2;
	}

}
