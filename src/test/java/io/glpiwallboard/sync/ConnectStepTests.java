package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import io.glpiwallboard.glpi.GlpiAuthenticationException;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorCredentials;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.system.TimeZoneProperties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepContribution;

/**
 * The connect step on its own: what it recomputes when {@code wallboard.time-zone}
 * changed, and what a refused login leaves for the runs page.
 */
class ConnectStepTests {

	static final GlpiSimulator simulator = GlpiSimulator.start(SimulatorSettings.defaults().withTickets(0));

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	final StepFixture fixture = new StepFixture();

	final ActiveRun active = new ActiveRun();

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	@Test
	void recomputesTheTicketDaysWhenTheTimeZoneChangedSinceTheLastRun() {
		// given: the last run counted days in UTC; a ticket opened at 00:30 in Paris on
		// 30 November carries the UTC day, the 29th
		fixture.state.put(SyncState.DAY_ZONE, "UTC");
		openedAt("2026-11-29T23:30:00Z");

		// when: this run counts days in Paris
		step(PARIS, SimulatorCredentials.demo()).execute(contribution(), null);

		// then
		assertThat(openedDay()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(fixture.state.get(SyncState.DAY_ZONE)).contains("Europe/Paris");
	}

	@Test
	void leavesTheTicketDaysAsTheyAreWhenTheTimeZoneIsUnchanged() {
		// given: days counted in Paris by the last run; the stored day is not the one
		// Paris gives, so a recomputation would show
		fixture.state.put(SyncState.DAY_ZONE, "Europe/Paris");
		openedAt("2026-11-29T23:30:00Z");

		// when
		step(PARIS, SimulatorCredentials.demo()).execute(contribution(), null);

		// then: no pass over the whole mirror on every run
		assertThat(openedDay()).isEqualTo(LocalDate.of(2026, 11, 29));
	}

	@Test
	void aFirstRunRecordsItsTimeZoneForTheNextRunsToCompare() {
		// given: no run before
		assertThat(fixture.state.get(SyncState.DAY_ZONE)).isEmpty();

		// when
		step(PARIS, SimulatorCredentials.demo()).execute(contribution(), null);

		// then
		assertThat(fixture.state.get(SyncState.DAY_ZONE)).contains("Europe/Paris");
		assertThat(active.run().dayZone).isEqualTo(PARIS);
	}

	@Test
	void aRefusedLoginStillRecordsTheRequestsItSentForTheRunsPage() {
		// given: a wrong password
		SimulatorCredentials demo = SimulatorCredentials.demo();
		SimulatorCredentials wrong = new SimulatorCredentials(demo.clientId(), demo.clientSecret(), demo.username(),
				"not-" + demo.password());
		long before = simulator.requests().total();
		StepContribution contribution = contribution();

		// when
		assertThatThrownBy(() -> step(PARIS, wrong).execute(contribution, null))
			.isInstanceOf(GlpiAuthenticationException.class);

		// then: the version check and the refused token request are counted, and no run
		// started
		long sent = simulator.requests().total() - before;
		assertThat(sent).isGreaterThanOrEqualTo(2);
		assertThat(SyncJob.jobContext(contribution).getLong(SyncJob.REQUESTS)).isEqualTo(sent);
		assertThat(active.isStarted()).isFalse();
	}

	private ConnectStep step(ZoneId zone, SimulatorCredentials credentials) {
		return new ConnectStep(StepFixture.clients(simulator, credentials, Clock.systemUTC()), active, fixture.tickets,
				fixture.state, new TimeZoneProperties(zone), fixture.jdbc);
	}

	private static StepContribution contribution() {
		return StepFixture.contribution(SyncMode.FULL, "connect");
	}

	private void openedAt(String instant) {
		OffsetDateTime opened = OffsetDateTime.parse(instant);
		fixture.jdbc
			.update("INSERT INTO glpi_ticket (id, title, status, is_deleted, opened_at, opened_day, last_seen_run)"
					+ " VALUES (1, 't', 1, FALSE, ?, ?, 1)", opened, opened.toLocalDate());
	}

	private LocalDate openedDay() {
		return fixture.jdbc.queryForObject("SELECT opened_day FROM glpi_ticket WHERE id = 1", LocalDate.class);
	}

}
