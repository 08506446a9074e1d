package io.glpiwallboard.wallboard;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import io.glpiwallboard.system.DaysOfWeek;
import io.glpiwallboard.system.TimeRange;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the board refreshes, when it calls its data stale, and who may see it. The zone of
 * the working hours is {@code wallboard.time-zone}
 * ({@link io.glpiwallboard.system.TimeZoneProperties}); the snapshot settings under the
 * same prefix are in {@link io.glpiwallboard.snapshot.SnapshotProperties}.
 * <p>
 * The working hours and days schedule nothing (the intraday sync runs on
 * {@code schedule.refresh}): they only choose which staleness threshold applies. On a
 * working day, from the start of the working hours plus {@code staleAfter} (the day's
 * first refresh gets that long to run) until their end, data older than
 * {@code staleAfter} is stale; at every other time (nights, non-working days) the limit
 * is {@code staleAfterOffHours}. Set them to cover the hours {@code schedule.refresh}
 * runs.
 *
 * @param refreshSeconds how often the board's pages reload themselves, 5 to 86400 seconds
 * @param staleAfter age of the last successful sync after which the board says its data
 * is stale, within the working hours (see {@code wallboard.working-hours}); 1 minute to 7
 * days
 * @param staleAfterOffHours the same outside the working hours, and always on the static
 * board (which cannot know when it is looked at); 1 minute to 31 days
 * @param accessToken optional token required as {@code ?token=} or
 * {@code Authorization: Bearer} on every page, the API and {@code /actuator} (TVs cannot
 * log in)
 * @param workingHours {@code HH:MM-HH:MM}, start before end, e.g. {@code 07:00-20:00}: on
 * working days, from the start plus {@code wallboard.stale-after} until the end,
 * {@code wallboard.stale-after} applies, otherwise
 * {@code wallboard.stale-after-off-hours}; schedules nothing ({@code schedule.refresh}
 * does)
 * @param workingDays the days on which the working hours apply: {@code MONDAY..FRIDAY},
 * {@code MON-FRI}, a list such as {@code MON,WED,FRI} or a YAML list (see
 * {@link DaysOfWeek}); schedules nothing
 */
@Validated
@ConfigurationProperties("wallboard")
public record WallboardProperties(@DefaultValue("60") @Min(5) @Max(86400) int refreshSeconds,
		@DefaultValue("30m") @NotNull @DurationMin(minutes = 1) @DurationMax(days = 7) Duration staleAfter,
		@DefaultValue("26h") @NotNull @DurationMin(minutes = 1) @DurationMax(days = 31) Duration staleAfterOffHours,
		String accessToken, @DefaultValue("07:00-20:00") @NotNull @TimeRange String workingHours, @DefaultValue( {
				"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) @NotEmpty Set<DayOfWeek> workingDays){

	/** The start of {@link #workingHours()}. */
	public LocalTime workStart() {
		return LocalTime.parse(workingHours.substring(0, 5));
	}

	/** The end of {@link #workingHours()}. */
	public LocalTime workEnd() {
		return LocalTime.parse(workingHours.substring(6));
	}

	/** Without the access token, which must never reach a log. */
	@Override
	public String toString() {
		return "WallboardProperties[refreshSeconds=" + refreshSeconds + ", staleAfter=" + staleAfter
				+ ", staleAfterOffHours=" + staleAfterOffHours + ", accessToken="
				+ (accessToken == null ? "none" : "***") + ", workingHours=" + workingHours + ", workingDays="
				+ workingDays + "]";
	}

}
