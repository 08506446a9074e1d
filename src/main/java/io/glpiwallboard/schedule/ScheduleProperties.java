package io.glpiwallboard.schedule;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The in-app schedule of {@code serve}, in {@code wallboard.time-zone}. Spring cron
 * syntax: six fields, seconds first; {@code -} switches a schedule off.
 *
 * @param enabled whether this process schedules itself; set by the commands
 * ({@code serve} and {@code demo}: true, {@code run} and {@code refresh}: false)
 * @param nightly when the full {@code run} (sync, snapshot, workbooks, mails) starts
 * @param refresh when the intraday incremental {@code refresh} starts
 * @param startupSync whether {@code serve} runs a full sync right after starting when the
 * database has no snapshot yet, instead of leaving the board at "No data yet" until the
 * next firing
 */
@Validated
@ConfigurationProperties("schedule")
public record ScheduleProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue(ScheduleProperties.NIGHTLY) @NotBlank @SpringCron String nightly,
		@DefaultValue(ScheduleProperties.REFRESH) @NotBlank @SpringCron String refresh,
		@DefaultValue("true") boolean startupSync) {

	/** 02:30 every day. */
	public static final String NIGHTLY = "0 30 2 * * *";

	/** Every 10 minutes from 07:00 to 19:50, Monday to Friday. */
	public static final String REFRESH = "0 */10 7-19 * * MON-FRI";

}
