package io.glpiwallboard.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.scheduling.support.SimpleTriggerContext;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTriggersTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	final Map<String, WallClockCronTrigger> defaults = ScheduleConfiguration
		.triggers(new ScheduleProperties(true, ScheduleProperties.NIGHTLY, ScheduleProperties.REFRESH, true), PARIS);

	@Test
	void theNightlyRunStartsAt0230EveryDay() {
		// given
		WallClockCronTrigger nightly = defaults.get("nightly");
		// when / then
		assertThat(next(nightly, "2026-11-28T10:00")).isEqualTo(paris("2026-11-29T02:30"));
		assertThat(next(nightly, "2026-11-29T02:30")).isEqualTo(paris("2026-11-30T02:30"));
		assertThat(next(nightly, "2026-11-28T23:59")).isEqualTo(paris("2026-11-29T02:30"));
	}

	@Test
	void theRefreshRunsEveryTenMinutesFrom0700To1950OnWorkingDays() {
		// given
		WallClockCronTrigger refresh = defaults.get("refresh");
		// when / then: Friday 2026-11-27 to Monday 2026-11-30
		assertThat(next(refresh, "2026-11-27T06:59")).isEqualTo(paris("2026-11-27T07:00"));
		assertThat(next(refresh, "2026-11-27T07:00")).isEqualTo(paris("2026-11-27T07:10"));
		assertThat(next(refresh, "2026-11-27T19:45")).isEqualTo(paris("2026-11-27T19:50"));
		assertThat(next(refresh, "2026-11-27T19:50")).isEqualTo(paris("2026-11-30T07:00"));
	}

	@Test
	void theScheduleFollowsTheWallboardZone() {
		// given
		ZoneId newYork = ZoneId.of("America/New_York");
		WallClockCronTrigger nightly = ScheduleConfiguration
			.triggers(new ScheduleProperties(true, ScheduleProperties.NIGHTLY, ScheduleProperties.REFRESH, true),
					newYork)
			.get("nightly");
		// when
		Instant next = nightly.next(ZonedDateTime.parse("2026-11-28T12:00-05:00[America/New_York]").toInstant());
		// then
		assertThat(next).isEqualTo(ZonedDateTime.parse("2026-11-29T02:30-05:00[America/New_York]").toInstant());
	}

	@Test
	void daylightSavingTimeNeitherSkipsNorRepeatsTheNightlyRun() {
		// given
		WallClockCronTrigger nightly = defaults.get("nightly");
		// when: 2026-03-29 has no 02:30 in Paris; 2026-10-25 has two
		Instant spring = next(nightly, "2026-03-28T12:00");
		Instant autumn = next(nightly, "2026-10-24T12:00");
		// then: it runs once the clocks have jumped, and only once on the long night
		assertThat(spring).isEqualTo(ZonedDateTime.parse("2026-03-29T03:30+02:00[Europe/Paris]").toInstant());
		assertThat(autumn).isEqualTo(ZonedDateTime.parse("2026-10-25T02:30+02:00[Europe/Paris]").toInstant());
		assertThat(nightly.next(autumn))
			.isEqualTo(ZonedDateTime.parse("2026-10-26T02:30+01:00[Europe/Paris]").toInstant());
	}

	@Test
	void aScheduleSetToDashIsOff() {
		// given / when
		var triggers = ScheduleConfiguration
			.triggers(new ScheduleProperties(true, ScheduleProperties.NIGHTLY, "-", true), PARIS);
		// then
		assertThat(triggers).containsOnlyKeys("nightly");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void refreshesSkippedWhileTheLastOneRanAreLoggedInOneLine(CapturedOutput output) {
		// given: the 07:00 refresh ran until 07:25 (a long catch-up)
		WallClockCronTrigger refresh = defaults.get("refresh");
		SimpleTriggerContext context = new SimpleTriggerContext(paris("2026-11-27T07:00"), paris("2026-11-27T07:00"),
				paris("2026-11-27T07:25"));

		// when
		Instant next = refresh.nextExecution(context);

		// then: 07:10 and 07:20 did not run, and the log says so
		assertThat(next).isEqualTo(paris("2026-11-27T07:30"));
		assertThat(output).contains(
				"Scheduled refresh of 07:10:00 skipped with 1 more: the previous one (due 07:00:00) was still running until 07:25:00");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aRunThatEndsBeforeTheNextFiringSkipsNothing(CapturedOutput output) {
		// given
		WallClockCronTrigger refresh = defaults.get("refresh");
		SimpleTriggerContext context = new SimpleTriggerContext(paris("2026-11-27T07:00"), paris("2026-11-27T07:00"),
				paris("2026-11-27T07:04"));

		// when
		Instant next = refresh.nextExecution(context);

		// then
		assertThat(next).isEqualTo(paris("2026-11-27T07:10"));
		assertThat(output).doesNotContain("skipped");
	}

	private static Instant next(WallClockCronTrigger trigger, String localAfter) {
		return trigger.next(paris(localAfter));
	}

	private static Instant paris(String local) {
		return java.time.LocalDateTime.parse(local).atZone(PARIS).toInstant();
	}

}
