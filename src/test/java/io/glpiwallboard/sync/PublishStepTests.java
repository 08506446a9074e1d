package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.glpiwallboard.snapshot.SnapshotPublisher;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * The publish step: every publisher has its turn, and a failed one is named in the run
 * history.
 */
class PublishStepTests {

	private final List<String> published = new ArrayList<>();

	private final DefaultListableBeanFactory publishers = new DefaultListableBeanFactory();

	private final ActiveRun active = new ActiveRun();

	@Test
	void aFailedPublisherDoesNotStopTheOthersAndTheRunNamesIt() {
		// given: the workbook fails, the board and the mail do not
		publishers.registerSingleton("board", publisher("board", true, null));
		publishers.registerSingleton("workbook", publisher("workbook", false, "disk quota exceeded"));
		publishers.registerSingleton("mail", publisher("mail", false, null));
		StepContribution contribution = contribution(SyncMode.FULL);

		// when
		PublishException failure = catchThrowableOfType(PublishException.class,
				() -> new PublishStep(active, publishers.getBeanProvider(SnapshotPublisher.class)).execute(contribution,
						null));

		// then
		assertThat(published).containsExactly("board", "mail");
		assertThat(failure).hasMessage("workbook: disk quota exceeded");
		assertThat(SyncJob.jobContext(contribution).getString(SyncJob.PUBLISH_FAILED)).isEqualTo("workbook");
	}

	@Test
	void aRefreshPublishesOnlyWhatFollowsEachRefresh() throws Exception {
		// given
		publishers.registerSingleton("board", publisher("board", true, null));
		publishers.registerSingleton("workbook", publisher("workbook", false, null));
		StepContribution contribution = contribution(SyncMode.INCREMENTAL);

		// when
		new PublishStep(active, publishers.getBeanProvider(SnapshotPublisher.class)).execute(contribution, null);

		// then
		assertThat(published).containsExactly("board");
		assertThat(SyncJob.jobContext(contribution).containsKey(SyncJob.PUBLISH_ERRORS)).isFalse();
	}

	@Test
	void publishersRunStageByStageWhateverOrderTheyWereDeclaredIn() throws Exception {
		// given: the mail declared first, the board last
		publishers.registerSingleton("mail", publisher("mail", false, null));
		publishers.registerSingleton("workbook", publisher("workbook", false, null));
		publishers.registerSingleton("board", publisher("board", true, null));
		StepContribution contribution = contribution(SyncMode.FULL);

		// when
		new PublishStep(active, publishers.getBeanProvider(SnapshotPublisher.class)).execute(contribution, null);

		// then: the TVs first, the workbook before the mail that attaches it
		assertThat(published).containsExactly("board", "workbook", "mail");
	}

	private StepContribution contribution(SyncMode mode) {
		active.asOf(Instant.parse("2026-11-30T06:00:00Z"));
		JobExecution job = new JobExecution(1, new JobInstance(1, SyncJob.NAME),
				new JobParametersBuilder().addString(SyncJob.MODE, mode.name())
					.addString(SyncJob.FORCE, "false")
					.toJobParameters());
		job.getExecutionContext().putString(SyncJob.DAY, "2026-11-30");
		StepExecution step = new StepExecution(1, "publish", job);
		return new StepContribution(step);
	}

	private SnapshotPublisher publisher(String name, boolean afterRefresh, String failure) {
		return new SnapshotPublisher() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public Stage stage() {
				return Stage.valueOf(name.toUpperCase(java.util.Locale.ROOT));
			}

			@Override
			public boolean afterRefresh() {
				return afterRefresh;
			}

			@Override
			public void publish(Request request) {
				if (failure != null) {
					throw new IllegalStateException(failure);
				}
				published.add(name);
			}
		};
	}

}
