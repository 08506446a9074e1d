package io.glpiwallboard.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.support.CronExpression;

/**
 * A cron trigger read on the wall clock of a zone, so daylight saving time neither skips nor
 * repeats a run. Spring's own {@code CronTrigger} never fires a 02:30 job on the night the clocks
 * jump from 02:00 to 03:00 (no report that day) and fires it twice when they fall back. Here a
 * time that does not exist runs when the clocks have jumped (03:30), and a time that exists twice
 * runs once, at its first occurrence.
 */
final class WallClockCronTrigger implements Trigger {

	private final CronExpression cron;

	private final String expression;

	private final ZoneId zone;

	WallClockCronTrigger(String expression, ZoneId zone) {
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
		return next(after);
	}

	/** The first firing strictly after {@code after}, or null if the expression never fires again. */
	Instant next(Instant after) {
		// UTC has no transitions: the cron walks over plain wall-clock times
		ZonedDateTime wall = LocalDateTime.ofInstant(after, zone).atZone(ZoneOffset.UTC);
		while (true) {
			wall = cron.next(wall);
			if (wall == null) {
				return null;
			}
			// a time in a gap moves forward by the gap; in an overlap the earlier offset is used
			Instant real = ZonedDateTime.ofLocal(wall.toLocalDateTime(), zone, null).toInstant();
			if (real.isAfter(after)) {
				return real;
			}
		}
	}

}
