package io.glpiwallboard.snapshot;

import java.time.Duration;
import java.util.List;

/**
 * GLPI's ticket codes, the age buckets and durations in words: the one wording of the
 * board, the API, the workbook, the mail and the metrics. Mapped here rather than asked
 * from GLPI, so a report reads the same whatever the service account's language and
 * whatever GLPI version answers.
 */
public final class TicketLabels {

	private TicketLabels() {
	}

	/**
	 * 0 is how the mirror stores a ticket GLPI sent without a status (counted as open).
	 */
	public static String status(int code) {
		return switch (code) {
			case 0 -> "Unknown status";
			case 1 -> "New";
			case 2 -> "Processing (assigned)";
			case 3 -> "Processing (planned)";
			case 4 -> "Pending";
			case 5 -> "Solved";
			case 6 -> "Closed";
			case 10 -> "Approval";
			default -> "Status " + code;
		};
	}

	/** 0: the ticket has no priority (snapshot code), as the board's "Unknown" bar. */
	public static String priority(int code) {
		return switch (code) {
			case 0 -> "Unknown";
			case 1 -> "Very low";
			case 2 -> "Low";
			case 3 -> "Medium";
			case 4 -> "High";
			case 5 -> "Very high";
			case 6 -> "Major";
			default -> "Priority " + code;
		};
	}

	/** 0: the ticket has no type (snapshot code). */
	public static String type(int code) {
		return switch (code) {
			case 0 -> "Unknown";
			case 1 -> "Incident";
			case 2 -> "Request";
			default -> "Type " + code;
		};
	}

	/** The age buckets' labels, by bucket ({@link TicketRules#AGE_BUCKET_STARTS}). */
	public static final List<String> AGE_BUCKETS = List.of("< 1 day", "1-7 days", "8-30 days", "31-90 days",
			"> 90 days");

	/**
	 * A duration as the board says it: {@code 90 min}, {@code 24 h}, {@code 36 h},
	 * {@code 2 days} (whole days from two days on), e.g. {@code wallboard.due-soon} in
	 * "Due within 24 h".
	 */
	public static String duration(Duration d) {
		if (d.toMinutes() % 60 != 0) {
			return d.toMinutes() + " min";
		}
		if (d.toHours() >= 48 && d.toHours() % 24 == 0) {
			return d.toDays() + " days";
		}
		return d.toHours() + " h";
	}

}
