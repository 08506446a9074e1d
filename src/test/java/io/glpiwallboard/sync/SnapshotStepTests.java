package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.glpiwallboard.snapshot.SnapshotService;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepContribution;

/**
 * The snapshot step on its own: one time for the snapshot and what the publishers show,
 * and the run's success recorded for the board (the snapshot's SQL is tested in the
 * snapshot package; here it is a stand-in).
 */
class SnapshotStepTests {

	static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");

	final StepFixture fixture = new StepFixture();

	final ActiveRun active = new ActiveRun();

	final SnapshotService snapshots = mock(SnapshotService.class);

	@Test
	void aSuccessReplacesTheLastFailureTheBoardShows() {
		// given: the previous run failed
		fixture.state.put(SyncState.LAST_FAILURE, "2026-11-30T05:00:00Z");
		fixture.state.put(SyncState.LAST_FAILURE_REASON, "GLPI is unreachable");
		when(snapshots.recordObserved(NOW)).thenReturn(LocalDate.of(2026, 11, 30));

		// when
		step().execute(StepFixture.contribution(SyncMode.FULL, "snapshot"), null);

		// then
		assertThat(fixture.state.instant(SyncState.LAST_SUCCESS)).contains(NOW);
		assertThat(fixture.state.get(SyncState.LAST_FAILURE)).isEmpty();
		assertThat(fixture.state.get(SyncState.LAST_FAILURE_REASON)).isEmpty();
	}

	@Test
	void thePublishersGetTheSnapshotsTimeAndTheDayItWasRecordedFor() {
		// given: the snapshot service files the snapshot under its calendar day
		when(snapshots.recordObserved(NOW)).thenReturn(LocalDate.of(2026, 11, 30));
		StepContribution contribution = StepFixture.contribution(SyncMode.FULL, "snapshot");

		// when
		step().execute(contribution, null);

		// then: what the publish step reads
		assertThat(active.asOf()).isEqualTo(NOW);
		assertThat(SyncJob.jobContext(contribution).getString(SyncJob.DAY)).isEqualTo("2026-11-30");
	}

	private SnapshotStep step() {
		return new SnapshotStep(active, snapshots, fixture.state, Clock.fixed(NOW, ZoneOffset.UTC));
	}

}
