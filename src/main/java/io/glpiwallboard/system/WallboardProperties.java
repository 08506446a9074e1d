package io.glpiwallboard.system;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the wallboard shows and how "today" is defined.
 *
 * @param timeZone the zone whose calendar days define "today", "opened today" and the snapshots;
 * empty means the system zone
 * @param historyDays days of trend history kept and reconstructed
 * @param refreshSeconds how often the board refreshes itself
 * @param staleAfter age of the last successful sync, during working hours, after which the board
 * says its data is stale
 * @param staleAfterOffHours the same outside working hours (nights, weekends)
 * @param accessToken optional token required as {@code ?token=} on every page (TVs cannot log in)
 * @param workingHours when the intraday refresh runs, e.g. {@code 07:00-20:00}: outside it the
 * off-hours staleness threshold applies
 * @param workingDays the days the intraday refresh runs
 * @param dueSoon how far ahead of the snapshot's as-of time a time-to-resolve deadline makes an
 * open ticket "due soon" (the board's "Due in 24 h" tile); from one minute to 30 days
 */
@Validated
@ConfigurationProperties("wallboard")
public record WallboardProperties(
		ZoneId timeZone,
		@DefaultValue("400") @Min(1) @Max(3660) int historyDays,
		@DefaultValue("60") @Min(5) @Max(86400) int refreshSeconds,
		@DefaultValue("30m") @NotNull Duration staleAfter,
		@DefaultValue("26h") @NotNull Duration staleAfterOffHours,
		String accessToken,
		@DefaultValue("07:00-20:00") @jakarta.validation.constraints.Pattern(regexp = "\\d{2}:\\d{2}-\\d{2}:\\d{2}", message = "must look like 07:00-20:00") String workingHours,
		@DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) java.util.Set<java.time.DayOfWeek> workingDays,
		@DefaultValue("24h") @NotNull @DurationMin(minutes = 1) @DurationMax(days = 30) Duration dueSoon) {

	public java.time.LocalTime workStart() {
		return java.time.LocalTime.parse(workingHours.substring(0, 5));
	}

	public java.time.LocalTime workEnd() {
		return java.time.LocalTime.parse(workingHours.substring(6));
	}

	/** {@link #dueSoon()} in words for labels: "24 h", "2 days", "90 min". */
	public String dueSoonText() {
		if (dueSoon.toMinutes() % 60 != 0) {
			return dueSoon.toMinutes() + " min";
		}
		if (dueSoon.toHours() >= 48 && dueSoon.toHours() % 24 == 0) {
			return dueSoon.toDays() + " days";
		}
		return dueSoon.toHours() + " h";
	}

	public ZoneId zone() {
		return timeZone == null ? ZoneId.systemDefault() : timeZone;
	}

	@Override
	public String toString() {
		return "WallboardProperties[timeZone=" + zone() + ", historyDays=" + historyDays + ", refreshSeconds="
				+ refreshSeconds + ", staleAfter=" + staleAfter + ", accessToken=" + (accessToken == null ? "none" : "***")
				+ "]";
	}
}
