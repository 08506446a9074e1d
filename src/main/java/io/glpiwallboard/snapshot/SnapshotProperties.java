package io.glpiwallboard.snapshot;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the snapshots keep and how their figures are defined. Bound under
 * {@code wallboard.} like the board's other settings (the keys predate this record); the
 * days are those of {@code wallboard.time-zone}
 * ({@link io.glpiwallboard.system.TimeZoneProperties}).
 *
 * @param historyDays days of trend history kept and reconstructed, 1 to 3660
 * @param dueSoon how far ahead of the snapshot's as-of time a time-to-resolve deadline
 * makes an open ticket "due soon" (the board's "Due in 24 h" tile, the workbooks and the
 * mails); from one minute to 30 days
 */
@Validated
@ConfigurationProperties("wallboard")
public record SnapshotProperties(@DefaultValue("400") @Min(1) @Max(3660) int historyDays,
		@DefaultValue("24h") @NotNull @DurationMin(minutes = 1) @DurationMax(days = 30) Duration dueSoon) {

	/**
	 * {@link #dueSoon()} in words for labels, as every view says it
	 * ({@link TicketLabels#duration}): "24 h", "2 days", "90 min".
	 */
	public String dueSoonText() {
		return TicketLabels.duration(dueSoon);
	}

}
