package io.glpiwallboard.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.support.CronExpression;

/**
 * A cron trigger read on the wall clock of a zone, so daylight saving time neither skips
 * nor repeats a run. Spring's own {@code CronTrigger} never fires a 02:30 job on the
 * night the clocks jump from 02:00 to 03:00 (no report that day) and fires it twice when
 * they fall back. Here a time that does not exist runs when the clocks have jumped
 * (03:30), and a time that exists twice runs once, at its first occurrence.
 *
 * <p>
 * A firing that comes while the previous one is still running is skipped (the next firing
 * is the first one after it ends), with one line in the log saying so.
 */
final class WallClockCronTrigger implements Trigger {

	private static final Logger log = LoggerFactory.getLogger(WallClockCronTrigger.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final String name;

	private final CronExpression cron;

	private final String expression;

	private final ZoneId zone;

	/**
	 * @param name what it starts, for the log, e.g. "refresh"
	 */
	WallClockCronTrigger(String name, String expression, ZoneId zone) {
		this.name = name;
		this.cron = CronExpression.parse(expression);
		this.expression = expression;
		this.zone = zone;
	}

	String expression() {
		return expression;
	}

	@Override
	public Instant nextExecution(TriggerContext context) {
		Instant last = context.lastScheduledExecution();
		Instant completed = context.lastCompletion();
		Instant after = completed == null ? context.getClock().instant()
				: last != null && completed.isBefore(last) ? last : completed;
		if (last != null && completed != null && completed.isAfter(last)) {
			logSkipped(last, completed);
		}
		return next(after);
	}

	/**
	 * One line for the firings that came while the run started at {@code last} was going
	 * on.
	 */
	private void logSkipped(Instant last, Instant completed) {
		Instant first = next(last);
		int skipped = 0;
		for (Instant t = first; t != null && !t.isAfter(completed) && skipped < 10_000; t = next(t)) {
			skipped++;
		}
		if (skipped > 0) {
			log.info("Scheduled {} of {} skipped{}: the previous one (due {}) was still running until {}", name,
					local(first), skipped > 1 ? " with " + (skipped - 1) + " more" : "", local(last), local(completed));
		}
	}

	private String local(Instant instant) {
		return TIME.format(instant.atZone(zone));
	}

	/**
	 * The first firing strictly after {@code after}, or null if the expression never
	 * fires again.
	 */
	Instant next(Instant after) {
		// UTC has no transitions: the cron walks over plain wall-clock times
		ZonedDateTime wall = LocalDateTime.ofInstant(after, zone).atZone(ZoneOffset.UTC);
		while (true) {
			wall = cron.next(wall);
			if (wall == null) {
				return null;
			}
			// a time in a gap moves forward by the gap; in an overlap the earlier offset
			// is used
			Instant real = ZonedDateTime.ofLocal(wall.toLocalDateTime(), zone, null).toInstant();
			if (real.isAfter(after)) {
				return real;
			}
		}
	}

}
