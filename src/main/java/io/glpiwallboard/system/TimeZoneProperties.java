package io.glpiwallboard.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The zone whose calendar days define "today" for every feature: the application's
 * {@code Clock}, the snapshot days, "opened today", the schedules, the times shown on the
 * board, in the runs list and in the workbooks. Owned here, next to the clock, because
 * every feature reads it; the other {@code wallboard.*} settings belong to the features
 * that read them (see {@code SnapshotProperties}, {@code WallboardProperties},
 * {@code BoardLinkProperties}).
 *
 * @param timeZone the zone whose calendar days define "today", "opened today" and the
 * snapshots, e.g. {@code Europe/Paris}; empty means the system zone
 */
@ConfigurationProperties("wallboard")
public record TimeZoneProperties(ZoneId timeZone) {

	/** The configured zone, or the system zone when none is set. */
	public ZoneId zone() {
		return timeZone == null ? ZoneId.systemDefault() : timeZone;
	}

}
