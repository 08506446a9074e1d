package io.glpiwallboard.report;

/**
 * GLPI's ticket codes in words. Mapped here rather than asked from GLPI, so a report reads the
 * same whatever the service account's language and whatever GLPI version answers.
 */
public final class TicketLabels {

	private TicketLabels() {
	}

	/** 0 is how the mirror stores a ticket GLPI sent without a status (counted as open). */
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

	/** A duration as people say it: {@code 24 h}, {@code 90 min}, {@code 2 d}. */
	public static String duration(java.time.Duration d) {
		if (d.toMinutes() % (24 * 60) == 0 && d.toDays() > 1) {
			return d.toDays() + " d";
		}
		if (d.toMinutes() % 60 == 0) {
			return d.toHours() + " h";
		}
		return d.toMinutes() + " min";
	}

}
