package io.glpiwallboard.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.system.StorageFailure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Step 6: runs every publisher stage by stage ({@link SnapshotPublisher.Stage}; after an
 * incremental run only those that follow each refresh), even after one failed; then fails
 * with all their reasons.
 */
@Component
class PublishStep implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(PublishStep.class);

	private final ActiveRun active;

	private final ObjectProvider<SnapshotPublisher> publishers;

	PublishStep(ActiveRun active, ObjectProvider<SnapshotPublisher> publishers) {
		this.active = active;
		this.publishers = publishers;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		ExecutionContext jobContext = SyncJob.jobContext(contribution);
		LocalDate day = LocalDate.parse(jobContext.getString(SyncJob.DAY));
		SyncMode mode = SyncJob.mode(contribution);
		boolean force = SyncJob.forced(contribution);
		List<String> failures = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		List<Exception> causes = new ArrayList<>();
		publishers.stream().sorted(SnapshotPublisher.IN_ORDER).forEach(p -> {
			if (mode == SyncMode.INCREMENTAL && !p.afterRefresh()) {
				return;
			}
			try {
				p.publish(new SnapshotPublisher.Request(day, active.asOf(), mode == SyncMode.FULL, force));
			}
			catch (Exception e) {
				String reason = p.name() + ": "
						+ StorageFailure.find(e)
							.map(f -> f.describe(null))
							.orElseGet(() -> PublishException.oneLine(e));
				log.error("Publishing failed: {}", reason);
				failures.add(reason);
				failed.add(p.name());
				causes.add(e);
			}
		});
		if (!failures.isEmpty()) {
			jobContext.putString(SyncJob.PUBLISH_ERRORS, String.join("; ", failures));
			jobContext.putString(SyncJob.PUBLISH_FAILED, String.join(", ", failed));
			PublishException failure = new PublishException(String.join("; ", failures));
			// kept for the exit code: a full disk is a storage failure (8), not a
			// publishing one (6)
			causes.forEach(failure::addSuppressed);
			throw failure;
		}
		return RepeatStatus.FINISHED;
	}

}
