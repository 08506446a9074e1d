package io.glpiwallboard.wallboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import io.glpiwallboard.sync.ConnectionSettings;
import io.glpiwallboard.sync.SyncState;
import io.glpiwallboard.system.TimeZoneProperties;

import org.springframework.stereotype.Component;

/**
 * Says whether the figures can be trusted: stale when the last sync failed, or when the
 * last successful one is older than {@code wallboard.stale-after} in working hours (or
 * {@code wallboard.stale-after-off-hours} outside them). The working hours only pick the
 * threshold (see {@link WallboardProperties}); when the syncs run is
 * {@code schedule.refresh}'s business. Before the first successful sync, missing GLPI
 * settings are named as the reason.
 */
@Component
public class Freshness {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY_HH_MM = DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
			java.util.Locale.ENGLISH);

	private final SyncState state;

	private final WallboardProperties properties;

	private final TimeZoneProperties timeZone;

	private final ConnectionSettings connection;

	private final Clock clock;

	public Freshness(SyncState state, WallboardProperties properties, TimeZoneProperties timeZone,
			ConnectionSettings connection, Clock clock) {
		this.state = state;
		this.properties = properties;
		this.timeZone = timeZone;
		this.connection = connection;
		this.clock = clock;
	}

	/**
	 * @param reason null when fresh; otherwise one line for the banner
	 */
	public record Verdict(boolean stale, String reason, Instant lastSuccess) {
	}

	public Verdict check() {
		Optional<Instant> success = state.instant(SyncState.LAST_SUCCESS);
		Optional<Instant> failure = state.instant(SyncState.LAST_FAILURE);
		Instant now = clock.instant();
		if (success.isEmpty()) {
			// before the first sync, missing settings are the reason there is no data,
			// and the
			// only thing the admin has to fix: no sync can succeed until then
			Optional<String> problem = connection.problem();
			if (problem.isPresent()) {
				return new Verdict(true, problem.get(), null);
			}
		}
		if (failure.isPresent() && (success.isEmpty() || failure.get().isAfter(success.get()))) {
			return new Verdict(true, "The last sync failed at " + format(failure.get()) + ": "
					+ state.get(SyncState.LAST_FAILURE_REASON).orElse("unknown reason"), success.orElse(null));
		}
		if (success.isEmpty()) {
			return new Verdict(true, "No successful sync yet", null);
		}
		Duration age = Duration.between(success.get(), now);
		Duration limit = limitAt(now);
		if (age.compareTo(limit) > 0) {
			return new Verdict(true,
					"Data is " + human(age) + " old (last successful sync " + format(success.get()) + ")",
					success.get());
		}
		return new Verdict(false, null, success.get());
	}

	private Duration limitAt(Instant now) {
		ZonedDateTime local = now.atZone(timeZone.zone());
		boolean workingDay = properties.workingDays().contains(local.getDayOfWeek());
		ZonedDateTime start = local.with(properties.workStart());
		ZonedDateTime end = local.with(properties.workEnd());
		// give the first refresh of the day time to run before calling the night's data
		// stale
		boolean inHours = workingDay && local.isAfter(start.plus(properties.staleAfter())) && local.isBefore(end);
		return inHours ? properties.staleAfter() : properties.staleAfterOffHours();
	}

	private String format(Instant t) {
		ZonedDateTime local = t.atZone(timeZone.zone());
		boolean today = local.toLocalDate().equals(clock.instant().atZone(timeZone.zone()).toLocalDate());
		return (today ? HH_MM : DAY_HH_MM).format(local);
	}

	/**
	 * A duration as people read it on the banner: "3 days", "5 hours" or "12 minutes"
	 * (rounded down, at least one minute).
	 */
	public static String human(Duration d) {
		if (d.toDays() >= 2) {
			return d.toDays() + " days";
		}
		if (d.toHours() >= 2) {
			return d.toHours() + " hours";
		}
		return Math.max(1, d.toMinutes()) + " minutes";
	}

}
