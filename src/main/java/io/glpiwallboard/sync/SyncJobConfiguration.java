package io.glpiwallboard.sync;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sync job: connect, entities, groups, tickets, snapshot, publish, one tasklet class
 * each. Steps manage their own transactions (one per page), hence the resourceless
 * transaction manager: a step-wide transaction would hold a million-ticket sync in one
 * uncommitted unit.
 */
@Configuration(proxyBeanMethods = false)
class SyncJobConfiguration {

	private final ResourcelessTransactionManager noTransaction = new ResourcelessTransactionManager();

	@Bean
	Job glpiSync(JobRepository jobs, RunRecorder recorder, ConnectStep connect, EntitiesStep entities,
			GroupsStep groups, TicketsStep tickets, SnapshotStep snapshot, PublishStep publish) {
		return new JobBuilder(SyncJob.NAME, jobs).listener(recorder)
			.start(step("connect", jobs, connect))
			.next(step("entities", jobs, entities))
			.next(step("groups", jobs, groups))
			.next(step("tickets", jobs, tickets))
			.next(step("snapshot", jobs, snapshot))
			.next(step("publish", jobs, publish))
			.build();
	}

	private Step step(String name, JobRepository jobs, Tasklet tasklet) {
		return new StepBuilder(name, jobs).tasklet(tasklet, noTransaction).build();
	}

}
