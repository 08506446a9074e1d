package io.glpiwallboard.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import io.glpiwallboard.snapshot.SnapshotService;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Step 5: records today's snapshot from the mirror and marks the run a success for the
 * board.
 */
@Component
class SnapshotStep implements Tasklet {

	private final ActiveRun active;

	private final SnapshotService snapshots;

	private final SyncState state;

	private final Clock clock;

	SnapshotStep(ActiveRun active, SnapshotService snapshots, SyncState state, Clock clock) {
		this.active = active;
		this.snapshots = snapshots;
		this.state = state;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		Instant asOf = clock.instant();
		LocalDate day = snapshots.recordObserved(asOf);
		active.asOf(asOf);
		state.put(SyncState.LAST_SUCCESS, asOf.toString());
		state.remove(SyncState.LAST_FAILURE);
		state.remove(SyncState.LAST_FAILURE_REASON);
		SyncJob.jobContext(contribution).putString(SyncJob.DAY, day.toString());
		return RepeatStatus.FINISHED;
	}

}
