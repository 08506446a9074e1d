package io.glpiwallboard.system;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
 * says its data is stale, 1 minute to 7 days
 * @param staleAfterOffHours the same outside working hours (nights, weekends), 1 minute to 31 days
 * @param accessToken optional token required as {@code ?token=} on every page (TVs cannot log in)
 * @param workingHours when the intraday refresh runs, e.g. {@code 07:00-20:00}: outside it the
 * off-hours staleness threshold applies
 * @param workingDays the days the intraday refresh runs: {@code MONDAY..FRIDAY}, {@code MON-FRI}, a list
 * such as {@code MON,WED,FRI} or a YAML list (see {@link DaysOfWeek})
 * @param dueSoon how far ahead of the snapshot's as-of time a time-to-resolve deadline makes an
 * open ticket "due soon" (the board's "Due in 24 h" tile); from one minute to 30 days
 * @param publicUrl the board's address as its viewers reach it, e.g. {@code https://wallboard.example.org/};
 * the report mails link to it when set (no user info: it is sent to every recipient)
 */
@Validated
@ConfigurationProperties("wallboard")
public record WallboardProperties(
		ZoneId timeZone,
		@DefaultValue("400") @Min(1) @Max(3660) int historyDays,
		@DefaultValue("60") @Min(5) @Max(86400) int refreshSeconds,
		@DefaultValue("30m") @NotNull @DurationMin(minutes = 1) @DurationMax(days = 7) Duration staleAfter,
		@DefaultValue("26h") @NotNull @DurationMin(minutes = 1) @DurationMax(days = 31) Duration staleAfterOffHours,
		String accessToken,
		@DefaultValue("07:00-20:00") @NotNull @TimeRange String workingHours,
		@DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) @NotEmpty java.util.Set<java.time.DayOfWeek> workingDays,
		@DefaultValue("24h") @NotNull @DurationMin(minutes = 1) @DurationMax(days = 30) Duration dueSoon,
		@jakarta.validation.constraints.Pattern(regexp = PUBLIC_URL, message = PUBLIC_URL_MESSAGE) String publicUrl) {

	/** An http(s) URL with a host and without user info, for the links sent in mails. */
	private static final String PUBLIC_URL = "https?://[^/?#@\\s]+(/[^\\s]*)?";

	private static final String PUBLIC_URL_MESSAGE = "must be an http:// or https:// URL without user name or password, e.g. https://host.example.org/";

	/** Bound from the configuration: the constructor with every setting. */
	@ConstructorBinding
	public WallboardProperties {
	}

	/** The settings without {@code publicUrl} (mails then carry no board link), for code and tests. */
	public WallboardProperties(ZoneId timeZone, int historyDays, int refreshSeconds, Duration staleAfter,
			Duration staleAfterOffHours, String accessToken, String workingHours, java.util.Set<java.time.DayOfWeek> workingDays,
			Duration dueSoon) {
		this(timeZone, historyDays, refreshSeconds, staleAfter, staleAfterOffHours, accessToken, workingHours, workingDays, dueSoon,
				null);
	}

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
