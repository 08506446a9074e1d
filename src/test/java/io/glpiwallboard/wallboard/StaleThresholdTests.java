package io.glpiwallboard.wallboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.glpiwallboard.sync.ConnectionSettings;
import io.glpiwallboard.sync.SyncState;
import io.glpiwallboard.system.TimeZoneProperties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * {@code wallboard.working-hours} and {@code working-days} only choose the staleness
 * threshold, as README says: {@code stale-after} (30m here) on working days from the
 * start plus 30 minutes until the end, {@code stale-after-off-hours} (26h) at every other
 * time. Times are in Paris; Monday 30 November 2026.
 */
class StaleThresholdTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	@Test
	void duringWorkingHoursDataOlderThanStaleAfterIsStale() {
		assertThat(staleAt("2026-11-30T10:00", "2026-11-30T09:20", MONDAY_TO_FRIDAY)).isTrue();
		assertThat(staleAt("2026-11-30T10:00", "2026-11-30T09:40", MONDAY_TO_FRIDAY)).isFalse();
	}

	@Test
	void theDaysFirstRefreshGetsStaleAfterToRunBeforeTheNightsDataIsCalledStale() {
		// given: the nightly run at 02:30 was the last sync
		// then: at 07:20 the night's threshold still holds; at 07:31 the working hours'
		// one does
		assertThat(staleAt("2026-11-30T07:20", "2026-11-30T02:30", MONDAY_TO_FRIDAY)).isFalse();
		assertThat(staleAt("2026-11-30T07:31", "2026-11-30T02:30", MONDAY_TO_FRIDAY)).isTrue();
	}

	@Test
	void afterTheWorkingHoursTheOffHoursThresholdApplies() {
		assertThat(staleAt("2026-11-30T20:30", "2026-11-30T19:50", MONDAY_TO_FRIDAY)).isFalse();
		assertThat(staleAt("2026-11-30T19:59", "2026-11-30T19:20", MONDAY_TO_FRIDAY)).isTrue();
	}

	@Test
	void onDaysThatAreNotWorkingDaysTheOffHoursThresholdAppliesAllDay() {
		// given: Saturday noon, last sync Friday evening
		assertThat(staleAt("2026-12-05T12:00", "2026-12-04T19:50", MONDAY_TO_FRIDAY)).isFalse();
		// when Saturday is a working day, the same data is stale
		assertThat(staleAt("2026-12-05T12:00", "2026-12-04T19:50", EnumSet.allOf(DayOfWeek.class))).isTrue();
	}

	@Test
	void beyondTheOffHoursThresholdDataIsStaleAtNightToo() {
		assertThat(staleAt("2026-12-01T03:00", "2026-11-30T00:30", MONDAY_TO_FRIDAY)).isTrue();
	}

	private static boolean staleAt(String now, String lastSuccess, Set<DayOfWeek> workingDays) {
		// given
		SyncState state = mock(SyncState.class);
		given(state.instant(SyncState.LAST_SUCCESS))
			.willReturn(Optional.of(LocalDateTime.parse(lastSuccess).atZone(PARIS).toInstant()));
		WallboardProperties wallboard = new WallboardProperties(60, Duration.ofMinutes(30), Duration.ofHours(26), null,
				"07:00-20:00", workingDays);
		Clock clock = Clock.fixed(LocalDateTime.parse(now).atZone(PARIS).toInstant(), PARIS);
		Freshness freshness = new Freshness(state, wallboard, new TimeZoneProperties(PARIS),
				mock(ConnectionSettings.class), clock);
		// when
		return freshness.check().stale();
	}

}
